/** The Arabic edition: right to left, mirrored time axes, Arabic-Indic digits, Iraqi months, no English left. */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readData, visibleWords } from './helpers';
import { EDITIONS, editionPath } from '../../src/lib/editions/registry';

const story = readData('story');
const events = readData('events').events as { id: string; title: { ar: string } }[];
const IRAQI_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const arabicNumber = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/[٬,]/g, ''));


test('/ar/ is the Arabic edition, right to left, in Arabic only', async ({ page }) => {
	await page.goto('/ar/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText(story.intro.headline.ar);
	await expect(page).toHaveTitle(story.meta.title.ar);
	await expect(page.locator(`#event-${events[0].id} .event-title`)).toHaveText(events[0].title.ar);
	expect(await visibleWords(page, /[A-Za-z]{2,}/g)).toEqual([]);
});

for (const edition of EDITIONS.filter((e) => e.dir === 'rtl'))
	test(`later dates stand to the left on the troop chart and the timeline (${edition.code})`, async ({ page }) => {
		await page.goto(editionPath(edition));
		const ticks = await page.locator('.chart .axes:not(.off) .x-axis text').evaluateAll((els) => els.map((e) => ({ text: e.textContent!, x: e.getBoundingClientRect().x })));
		expect(ticks.length).toBeGreaterThan(2);
		for (const t of ticks) expect(t.text).toMatch(/^[٠-٩]+$/);
		const byYear = ticks.map((t) => ({ year: arabicNumber(t.text), x: t.x })).sort((a, b) => a.year - b.year);
		for (let i = 1; i < byYear.length; i++) expect(byYear[i].x).toBeLessThan(byYear[i - 1].x);
		const marks = await page.locator('.chart .mark.iraq').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
		expect(marks[marks.length - 1]).toBeLessThan(marks[0]);
		const years = page.locator('.timeline .axis .year');
		if (await years.first().isVisible()) {
			const pos = await years.evaluateAll((els) => els.map((e) => ({ text: e.textContent!, x: e.getBoundingClientRect().x })));
			const sorted = pos.map((p) => ({ year: arabicNumber(p.text), x: p.x })).sort((a, b) => a.year - b.year);
			for (let i = 1; i < sorted.length; i++) expect(sorted[i].x).toBeLessThan(sorted[i - 1].x);
		}
	});

test('numbers and dates are written with Arabic-Indic digits and Iraqi month names', async ({ page }) => {
	await page.goto('/ar/');
	const dates = await page.locator('.timeline time').allTextContents();
	expect(dates.length).toBe(events.length);
	for (const d of dates) {
		expect(d).not.toMatch(/[0-9]/);
		expect(IRAQI_MONTHS.some((m) => d.includes(m)) || /^[٠-٩]{4}$/.test(d.trim())).toBe(true);
	}
	expect(dates.join(' ')).toContain('كانون الثاني');
	const yTicks = await page.locator('.chart .y-labels text').allTextContents();
	for (const t of yTicks) expect(t).toMatch(/^[٠-٩٬]+$/);
	// Nowhere in the reader's text (source titles, proper nouns, keep their own digits).
	expect(await visibleWords(page, /[0-9]+/g)).toEqual([]);
	// The figures' table, on the sources and data page.
	await page.goto('/ar/sources/#troops-table');
	const cells = await page.locator('#troops-table td:nth-child(2)').allTextContents();
	expect(cells.length).toBeGreaterThan(10);
	for (const c of cells) expect(c).not.toMatch(/[0-9]/);
	expect(await visibleWords(page, /[0-9]+/g)).toEqual([]);
});

test('the language switch keeps the reader\'s place, both ways', async ({ page }) => {
	const step = story.map.steps[4].id;
	await page.goto(`/#${step}`);
	await expect(page.locator('.map')).toHaveAttribute('data-step', step);
	await page.locator('[data-edition-link][hreflang=ar]').click();
	await expect(page).toHaveURL(new RegExp(`/ar/#${step}$`));
	await expect(page.locator('.map')).toHaveAttribute('data-step', step);
	await page.locator('[data-edition-link][hreflang=en]').click();
	await expect(page).toHaveURL(new RegExp(`/#${step}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('each edition names the other in hreflang alternates and its own social tags', async ({ page }) => {
	await page.goto('/ar/');
	await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveCount(1);
	await expect(page.locator('link[rel=alternate][hreflang=ar]')).toHaveCount(1);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', story.meta.title.ar);
	await expect(page.locator('meta[name=description]')).toHaveAttribute('content', story.meta.description.ar);
});

for (const scheme of ['light', 'dark'] as const)
	test(`/ar/ has no axe violations (${scheme})`, async ({ page }) => {
		// axe reads the whole story with every table open: slow on a shared 2-core machine.
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/ar/');
		await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
	});

// A character the self-hosted face lacks is drawn from a system font, found by a look-up that
// costs the first layout dearly (see src/routes/fonts): the face must cover the whole page.
for (const edition of EDITIONS.filter((e) => e.font === 'naskh'))
	test(`every character of the ${edition.code} page is set in the self-hosted Naskh face`, async ({ page, browserName }) => {
		test.skip(browserName !== 'chromium', 'reads the rendered fonts through the Chrome DevTools Protocol');
		await page.goto(editionPath(edition));
		await page.evaluate(() => document.fonts.ready);
		// The face is "optional": a visit may finish before it arrives (the first, or a later one
		// on a busy machine), and the page is then set in the fallback throughout. Reload until a
		// visit finds it in time: what is checked here is what the face covers.
		const cdp = await page.context().newCDPSession(page);
		const headingFonts = async () => {
			await cdp.send('DOM.enable');
			await cdp.send('CSS.enable');
			const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
			const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
			return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
		};
		for (let visit = 0; visit < 4; visit++) {
			await page.reload();
			await page.evaluate(() => document.fonts.ready);
			if ((await headingFonts()).some((f) => f.isCustomFont)) break;
		}
		await page.evaluate(async () => {
			document.querySelectorAll<HTMLElement>('[data-lazy], .lazy-text').forEach((el) => (el.style.contentVisibility = 'visible'));
			document.querySelectorAll('details').forEach((d) => (d.open = true));
		});
		const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body *:not(script, style, template, .code, .code *)' });
		// The embed codes are set in the system's monospace on purpose (.code), Arabic titles and all.
		const elsewhere = new Map<string, number>();
		let checked = 0;
		for (const nodeId of nodeIds) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			for (const f of fonts) {
				checked += f.glyphCount;
				if (!f.isCustomFont) elsewhere.set(f.familyName, (elsewhere.get(f.familyName) ?? 0) + f.glyphCount);
			}
		}
		expect(checked, 'glyphs read').toBeGreaterThan(5000);
		expect(Object.fromEntries(elsewhere), 'glyphs drawn from system fonts').toEqual({});
	});

test.describe('Arabic embeds', () => {
	for (const name of ['map', 'troops', 'timeline'])
		test(`/ar/embed/${name}/ is right to left, in Arabic, without axe violations`, async ({ page }) => {
			await page.goto(`/ar/embed/${name}/`);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			expect(await visibleWords(page, /[A-Za-z]{2,}/g)).toEqual([]);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => v.id)).toEqual([]);
		});

	test('the loader opens the Arabic embed for data-lang="ar"', async ({ page }) => {
		await page.goto('/ar/');
		const code = await page.locator('#embed-code-map').textContent();
		expect(code).toContain('data-lang="ar"');
		await page.setContent(`<!doctype html><div data-coalition-embed="troops" data-lang="ar"></div>`);
		await page.addScriptTag({ url: '/embed.js' });
		await expect(page.locator('iframe')).toHaveAttribute('src', /\/ar\/embed\/troops\/$/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the Arabic graphics render', async ({ page }) => {
		await page.goto('/ar/');
		await expect(page.locator('.map .frame svg').first()).toBeVisible();
		await expect(page.locator('.chart .frame svg').first()).toBeVisible();
		await expect(page.locator('.timeline li.event')).toHaveCount(events.length);
	});
});

for (const edition of EDITIONS.filter((e) => e.dir === 'rtl'))
	test(`no source's name is broken across lines, where a Latin name would read in the wrong order (${edition.code})`, async ({ page }) => {
		await page.goto(editionPath(edition));
		// The statements' attributions and the timeline's sources, every one laid out. Each name,
		// with its separator, stands in one box: a name longer than the column wraps inside it, its
		// lines in their own order, instead of across the paragraph's right-to-left lines.
		const split = await page.locator('.voices .source-link, .timeline .source-link').evaluateAll((names) => {
			for (const el of document.querySelectorAll<HTMLElement>('[data-lazy], .timeline li')) el.style.contentVisibility = 'visible';
			return names.filter((n) => n.getClientRects().length > 1).map((n) => n.textContent);
		});
		expect(await page.locator('.voices .source-link a').count()).toBeGreaterThan(5);
		expect(split).toEqual([]);
	});
