/**
 * Embeds on real host pages of another origin: links leave the frame, the compact timeline
 * holds its height, a strict-CSP host with its own copy of embed.js, a host whose CSS styles
 * iframes, the documented sandbox, and the pasted iframe without any loader.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import heights from '../../src/lib/embed/heights.json' with { type: 'json' };

const GRAPHICS = Object.keys(heights);
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
let host: Server;
let hostOrigin = '';
let site = '';

const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>${head}</head><body><h1>A host article</h1><p>Text before.</p>${body}<p id="after">Text after.</p></body></html>`;

test.beforeAll(async ({}, info) => {
	site = new URL(info.project.use.baseURL!).origin;
	host = createServer((req, res) => {
		const url = new URL(req.url!, 'http://host');
		const graphic = url.searchParams.get('g') ?? 'troops';
		const send = (html: string, headers: Record<string, string> = {}) => {
			res.writeHead(200, { 'content-type': 'text/html', ...headers });
			res.end(html);
		};
		if (url.pathname === '/embed.js') {
			// The host's own copy of the loader, as a strict script-src 'self' requires.
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(readFileSync('build/embed.js'));
		} else if (url.pathname === '/csp')
			send(
				page(
					`<div data-coalition-embed="${graphic}" data-embed-origin="${site}"></div><iframe src="${site}/embed/${graphic}/" title="pasted" width="640" height="300" data-coalition-embed-frame></iframe><script src="/embed.js"></script>`
				),
				{ 'content-security-policy': `default-src 'self'; frame-src ${site}; script-src 'self'` }
			);
		else if (url.pathname === '/css')
			send(
				page(`<div data-coalition-embed="${graphic}" data-embed-origin="${site}"></div><script async src="${site}/embed.js"></script>`, '<style>*{box-sizing:content-box} iframe{padding:11px;border:7px solid red;margin:5px;width:100%} body{margin:20px}</style>')
			);
		else if (url.pathname === '/sandbox')
			send(page(`<iframe src="${site}/embed/${graphic}/${url.search.includes('all') ? '?events=all' : ''}" title="sandboxed" width="640" height="700" sandbox="${url.search.includes('opaque') ? 'allow-scripts' : SANDBOX}" data-coalition-embed-frame></iframe><script async src="${site}/embed.js"></script>`));
		else if (url.pathname === '/loader')
			send(page(`<div data-coalition-embed="${graphic}"${url.searchParams.get('events') ? ' data-events="all"' : ''}></div><script async src="${site}/embed.js"></script><div style="height:3000px"></div>`));
		else if (url.pathname === '/pasted') send(page(url.searchParams.get('code') ?? ''));
		else send(page(''));
	});
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host?.close());

/** Every embed frame on the host page fits its content within 2 px. */
async function fitsAll(p: Page) {
	const frames = p.locator('iframe');
	const n = await frames.count();
	expect(n).toBeGreaterThan(0);
	for (let i = 0; i < n; i++) {
		const frame = frames.nth(i);
		await frame.scrollIntoViewIfNeeded();
		const inner = p.frameLocator('iframe').nth(i).locator('[data-embed]');
		await expect(inner).toBeVisible();
		await expect
			.poll(async () => Math.abs((await frame.evaluate((f) => f.clientHeight)) - (await inner.evaluate((el) => el.getBoundingClientRect().height))), { timeout: 10_000 })
			.toBeLessThanOrEqual(2);
	}
}

for (const g of GRAPHICS)
	test(`${g}: a link clicked in the embed opens a new page and leaves the frame where it is`, async ({ page: p, context }) => {
		await p.goto(`${hostOrigin}/sandbox?g=${g}${g === 'timeline' ? '&all' : ''}`);
		const frame = p.frameLocator('iframe');
		const link = frame.locator(g === 'timeline' ? 'li.event .sources a' : '.links a.story').first();
		await link.scrollIntoViewIfNeeded();
		const before = await p.locator('iframe').evaluate((f: HTMLIFrameElement) => f.contentWindow!.location.href).catch(() => null);
		const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
		expect(popup).toBeTruthy();
		const inner = p.frames().find((f) => f !== p.mainFrame())!;
		expect(inner.url()).toBe(before ?? inner.url());
		expect(inner.url()).toContain(`/embed/${g}/`);
	});

test('an in-embed link scrolls the host to its target, and the frame keeps its address', async ({ page: p }) => {
	await p.setViewportSize({ width: 1280, height: 700 });
	await p.goto(`${hostOrigin}/loader?g=timeline&events=all`);
	await fitsAll(p);
	const frame = p.frames().find((f) => f !== p.mainFrame())!;
	const url = frame.url();
	const last = frame.locator('.axis a.tick').last();
	const id = (await last.getAttribute('href'))!.slice(1);
	await p.evaluate(() => window.scrollTo(0, 0));
	await last.evaluate((a: HTMLElement) => a.click());
	await expect.poll(() => p.evaluate(() => window.scrollY)).toBeGreaterThan(500);
	const top = await frame.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
	const frameTop = await p.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
	expect(frameTop + top).toBeGreaterThanOrEqual(-2);
	expect(frameTop + top).toBeLessThan(700);
	expect(frame.url()).toBe(url);
});

test('the timeline embed is compact at 360 px and its height holds still while it is scrolled', async ({ page: p }) => {
	await p.setViewportSize({ width: 360, height: 740 });
	await p.goto(`${hostOrigin}/loader?g=timeline`);
	await fitsAll(p);
	const iframe = p.locator('iframe');
	const h0 = await iframe.evaluate((f) => f.clientHeight);
	expect(h0).toBeLessThanOrEqual(3000);
	const seen: number[] = [];
	for (let y = 0; y < h0 + 800; y += 150) {
		await p.evaluate((top) => window.scrollTo(0, top), y);
		await p.waitForTimeout(60);
		seen.push(await iframe.evaluate((f) => f.clientHeight));
	}
	expect(Math.max(...seen) - Math.min(...seen)).toBeLessThanOrEqual(2);
});

for (const g of GRAPHICS) {
	test(`${g}: a strict-CSP host with its own copy of embed.js sizes every embed`, async ({ page: p }) => {
		const blocked: string[] = [];
		p.on('console', (m) => m.type() === 'error' && /Content.Security/i.test(m.text()) && blocked.push(m.text()));
		await p.setViewportSize({ width: 1000, height: 900 });
		await p.goto(`${hostOrigin}/csp?g=${g}`);
		await fitsAll(p);
		expect(blocked).toEqual([]);
	});

	test(`${g}: a host whose CSS pads and borders iframes can neither clip nor widen it`, async ({ page: p }) => {
		await p.setViewportSize({ width: 390, height: 844 });
		await p.goto(`${hostOrigin}/css?g=${g}`);
		await fitsAll(p);
		expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});

	test(`${g}: pasted without any loader at its code's width, the frame shows the graphic whole`, async ({ page: p, request }) => {
		const oembed = await (await request.get(`/oembed/${g}.json`)).json();
		expect(oembed.html).toContain(`width="${oembed.width}"`);
		expect(oembed.html).toContain(`height="${oembed.height}"`);
		const iframeOnly = (oembed.html as string).replace(/<script[^>]*><\/script>/, '');
		await p.setViewportSize({ width: 1000, height: 900 });
		await p.goto(`${hostOrigin}/pasted?code=${encodeURIComponent(iframeOnly)}`);
		const inner = p.frameLocator('iframe').locator('[data-embed]');
		await expect(inner).toBeVisible();
		const frameHeight = await p.locator('iframe').evaluate((f) => f.clientHeight);
		expect(frameHeight).toBe(oembed.height);
		expect(await inner.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(frameHeight);
	});
}

test('a sandbox without allow-same-origin is still sized', async ({ page: p }) => {
	await p.goto(`${hostOrigin}/sandbox?g=troops&opaque`);
	await fitsAll(p);
});

test('in the documented sandbox, "Download PNG" downloads a file', async ({ page: p }) => {
	await p.goto(`${hostOrigin}/sandbox?g=troops`);
	const link = p.frameLocator('iframe').locator('.links a[href$=".png"]');
	await link.scrollIntoViewIfNeeded();
	const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/\.png$/);
});

test('the embed codes carry the same measured height on the story, on /embed/ and in oEmbed', async ({ page: p, request }) => {
	for (const g of GRAPHICS) {
		const oembed = await (await request.get(`/oembed/${g}.json`)).json();
		expect(oembed.height).toBe((heights as Record<string, number>)[g]);
		expect(oembed.provider_name).toBe(JSON.parse(readFileSync('data/story.json', 'utf8')).meta.publisher.en);
		for (const path of ['/', '/embed/']) {
			await p.goto(path);
			const code = await p.locator(`#embed-code-${g}-iframe`).textContent();
			expect(code, `${path} ${g}`).toContain(`height="${oembed.height}"`);
			expect(code).toContain(`width="${oembed.width}"`);
		}
	}
});

test('/embed/ lists the codes of every edition', async ({ page: p }) => {
	await p.goto('/embed/');
	for (const g of GRAPHICS) {
		await expect(p.locator(`#embed-code-${g}`)).toContainText(`data-coalition-embed="${g}"`);
		for (const lang of ['ar', 'ckb']) await expect(p.locator(`#embed-code-${g}-${lang}`)).toContainText(`data-lang="${lang}"`);
	}
});
