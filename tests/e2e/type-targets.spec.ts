/** Arabic-script type in the graphics is set larger than the English; step navigation is a thumb's size. */
import { expect, test, type Page } from '@playwright/test';
import { EDITIONS, SOURCE_EDITION, editionPath } from '../../src/lib/editions/registry';

/** The size a reader sees: an SVG's text scaled as its graphic is drawn; HTML text as set. */
const fontSize = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const svg = el.closest('svg');
			return parseFloat(getComputedStyle(el).fontSize) * (svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1);
		});
/**
 * The sticky graphics' labels, legends and detail boxes, the opening small maps' dates and
 * figures, and the timeline's years (all but the labels in HTML).
 */
const GRAPHIC_TEXT = [
	'.chart .y-labels text',
	'.map .country-label',
	'.map .place-label',
	'.map .legend li',
	'.chart .legend .kind',
	'.map .graphic-detail',
	'.chart .graphic-detail',
	'.footprint .fp-date',
	'.footprint .figures dd',
	'.timeline .year-heading'
];

for (const edition of EDITIONS.filter((e) => e.font === 'naskh'))
	test(`${edition.code}: text in the graphics is at least 1.12 times the English`, async ({ page }) => {
		const sizes = async (path: string) => {
			await page.goto(path);
			return Promise.all(GRAPHIC_TEXT.map((s) => fontSize(page, s)));
		};
		const english = await sizes(editionPath(SOURCE_EDITION));
		const own = await sizes(editionPath(edition));
		own.forEach((px, i) => expect(px / english[i], GRAPHIC_TEXT[i]).toBeGreaterThanOrEqual(1.12));
		expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(1.75);
	});

test('the step navigation links are at least 44 × 44 px', async ({ page }) => {
	await page.goto('/');
	const boxes = await page.locator('.step-nav a').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
	expect(boxes.length).toBeGreaterThan(4);
	for (const [w, h] of boxes) {
		expect(w).toBeGreaterThanOrEqual(44);
		expect(h).toBeGreaterThanOrEqual(44);
	}
});
