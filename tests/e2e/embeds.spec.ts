/**
 * Embeds on a host page of another origin: the /embed.js loader, a pym.js parent, a plain
 * iframe with the loader, and the same in a sandbox. The iframe must fit its content within 2 px on load,
 * after the host is narrowed and after it is widened again; forged messages change nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

const GRAPHICS = ['footprint', 'map', 'troops', 'timeline'] as const;
const WAYS = ['loader', 'pym', 'iframe', 'sandboxed'] as const;
let host: Server;
let hostOrigin = '';

function hostPage(site: string, graphic: string, way: (typeof WAYS)[number] | 'late-loader'): string {
	const frame = `<iframe src="${site}/embed/${graphic}/" title="${graphic}" data-coalition-embed-frame style="display:block;width:100%;border:0" height="150" scrolling="no"${way === 'sandboxed' ? ' sandbox="allow-scripts allow-same-origin allow-popups"' : ''}></iframe>`;
	const loader = `<script async src="${site}/embed.js"></script>`;
	const body =
		way === 'loader'
			? `<div data-coalition-embed="${graphic}"></div>${loader}`
			: way === 'pym'
				? `<div id="pym-${graphic}"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('pym-${graphic}', '${site}/embed/${graphic}/', {});</script>`
				: way === 'late-loader'
					? // The loader arrives only after the iframe has loaded and told its height to nobody.
						`${frame}<script>document.querySelector('iframe').addEventListener('load', () => setTimeout(() => { const s = document.createElement('script'); s.src = '${site}/embed.js'; document.body.append(s); }, 500));</script>`
					: frame + loader;
	return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><style>body{margin:20px;font-family:sans-serif}</style></head><body><h1>A host article</h1><p>Text before.</p>${body}<p id="after">Text after.</p></body></html>`;
}

test.beforeAll(async ({}, info) => {
	const site = new URL(info.project.use.baseURL!).origin;
	host = createServer((req, res) => {
		const url = new URL(req.url!, 'http://host');
		if (url.pathname === '/pym.v1.min.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(readFileSync('node_modules/pym.js/dist/pym.v1.min.js'));
			return;
		}
		if (url.pathname === '/pasted') {
			// A host article with whatever embed code an editor pasted into it.
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body><h1>A host article</h1>${url.searchParams.get('code')}<p>Text after.</p></body></html>`);
			return;
		}
		const [graphic, way] = url.pathname.slice(1).split('/');
		res.writeHead(200, { 'content-type': 'text/html' });
		res.end(hostPage(site, graphic, way as Parameters<typeof hostPage>[2]));
	});
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host?.close());

async function fit(page: Page) {
	const frame = page.locator('iframe').first();
	await frame.scrollIntoViewIfNeeded();
	const inner = page.frameLocator('iframe').first().locator('[data-embed]');
	await expect(inner).toBeVisible();
	await expect
		.poll(
			async () => {
				const outer = (await frame.boundingBox())!.height;
				const content = await inner.evaluate((el) => el.getBoundingClientRect().height);
				return Math.abs(outer - content);
			},
			{ timeout: 10_000 }
		)
		.toBeLessThanOrEqual(2);
	return (await frame.boundingBox())!.height;
}

for (const graphic of GRAPHICS)
	for (const way of WAYS)
		test(`${graphic} via ${way} fits its content, growing and shrinking`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`${hostOrigin}/${graphic}/${way}`);
			const wide = await fit(page);
			await page.setViewportSize({ width: 360, height: 900 });
			const narrow = await fit(page);
			await page.setViewportSize({ width: 1280, height: 900 });
			const again = await fit(page);
			expect(narrow).not.toBe(wide);
			expect(Math.abs(again - wide)).toBeLessThanOrEqual(2);
		});

test('a loader that starts after the iframe has loaded still sizes it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`${hostOrigin}/troops/late-loader`);
	await expect(page.locator('script[src$="/embed.js"]')).toBeAttached();
	const height = await fit(page);
	expect(height).toBeGreaterThan(150);
});

test('forged messages change nothing', async ({ page }) => {
	await page.goto(`${hostOrigin}/troops/loader`);
	const frame = page.locator('iframe').first();
	const before = await fit(page);
	await page.evaluate(() => {
		const msg = { source: 'coalition-explainer-embed', type: 'height', height: 37 };
		window.postMessage(msg, '*'); // wrong origin and not from the frame
		const f = document.querySelector('iframe')!;
		window.postMessage({ ...msg, height: 1e9 }, '*');
		window.postMessage('pymxPYMxfakexPYMxheightxPYMx12', '*');
		f.dispatchEvent(new Event('load'));
	});
	// A frame of another origin posting the right shape is ignored too.
	await page.evaluate(() => {
		const evil = document.createElement('iframe');
		evil.srcdoc = `<script>parent.postMessage({ source: 'coalition-explainer-embed', type: 'height', height: 41 }, '*')<\/script>`;
		document.body.appendChild(evil);
	});
	await page.waitForTimeout(500);
	expect(Math.abs((await frame.boundingBox())!.height - before)).toBeLessThanOrEqual(2);
});

test("the story's embed code, copied with its button, puts the chart on another site", async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
	await page.goto('/');
	const details = page.locator('details.embed-code:has(#embed-code-troops)');
	await details.locator('summary').click();
	const button = details.locator('button[data-copy="embed-code-troops"]');
	await button.click();
	await expect(button).toHaveText(JSON.parse(readFileSync('data/story.json', 'utf8')).ui.copied.en);
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toBe(await details.locator('#embed-code-troops').textContent());
	expect(code).toContain('data-coalition-embed="troops"');
	// The code names the site it was built for (SITE_URL); here that is the test server.
	const pasted = code.replace(/https?:\/\/[^/"]+(?=\/embed)/g, new URL(baseURL!).origin);
	await page.goto(`${hostOrigin}/pasted?code=${encodeURIComponent(pasted)}`);
	await expect(page.frameLocator('iframe').first().locator('[data-embed="troops"]')).toBeVisible();
	await fit(page);
});

test.describe('embed pages', () => {
	for (const graphic of GRAPHICS)
		test(`${graphic}: oEmbed link, og:image, data and story links, no foreign requests`, async ({ page, request, baseURL }) => {
			const foreign: string[] = [];
			page.on('request', (r) => new URL(r.url()).origin !== new URL(baseURL!).origin && foreign.push(r.url()));
			await page.goto(`/embed/${graphic}/`);
			const oembed = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
			const res = await request.get(new URL(oembed!).pathname);
			expect(res.ok()).toBe(true);
			const body = await res.json();
			expect(body).toMatchObject({ type: 'rich', version: '1.0' });
			expect(body.html).toContain(`/embed/${graphic}/`);
			const og = await page.locator('meta[property="og:image"]').getAttribute('content');
			const img = await request.get(new URL(og!).pathname);
			expect(img.headers()['content-type']).toBe('image/png');
			expect((await img.body()).subarray(1, 4).toString()).toBe('PNG');
			await expect(page.locator('.links a.story')).toHaveAttribute('href', /\/#/);
			await expect(page.locator('.links a.story')).toHaveAttribute('target', '_blank');
			for (const href of await page.locator('.links a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
				expect((await request.get(href)).ok(), href).toBe(true);
			expect(foreign).toEqual([]);
			expect(await page.context().cookies()).toEqual([]);
		});

	for (const theme of ['light', 'dark'] as const)
		test(`no axe violations on any embed page (${theme})`, async ({ page }) => {
			for (const graphic of GRAPHICS) {
				await page.goto(`/embed/${graphic}/?theme=${theme}`);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${graphic}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
			}
		});

	test('the step option shows that step, and the theme option applies', async ({ page }) => {
		const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
		const step = story.map.steps[3].id;
		await page.goto(`/embed/map/?step=${step}&theme=dark`);
		await expect(page.locator('.map')).toHaveAttribute('data-step', step);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});

	test('without JavaScript each embed still shows its graphic', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		for (const graphic of GRAPHICS) {
			await page.goto(`/embed/${graphic}/`);
			const drawn = { timeline: '[data-embed] ol.compact li', footprint: '[data-embed] .panel svg' }[graphic as string] ?? '[data-embed] .frame svg';
			await expect(page.locator(drawn).first()).toBeVisible();
		}
		await context.close();
	});
});

test('?lang=ar opens the Arabic embed, keeping the other options', async ({ page }) => {
	await page.goto('/embed/troops/?lang=ar&theme=dark');
	await expect(page).toHaveURL(/\/ar\/embed\/troops\/\?theme=dark$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
