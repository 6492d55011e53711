/**
 * Every screen: on a phone the step cards leave the graphic uncovered as each step turns
 * active; nothing fixed lies over the text; the page's height holds still while a reader
 * scrolls straight after load; every control is a target a thumb can hit (axe target-size).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { EDITIONS, editionPath } from '../../src/lib/editions/registry';
import { readingLine } from '../../src/lib/story/active-step';

type Rect = { x: number; y: number; width: number; height: number };
const area = (r: Rect) => Math.max(0, r.width) * Math.max(0, r.height);
const intersect = (a: Rect, b: Rect): Rect => {
	const x = Math.max(a.x, b.x);
	const y = Math.max(a.y, b.y);
	return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
};

/** Scrolls a step's card just past the reading line, as a reader's scroll would. */
async function activate(page: Page, id: string, wide: boolean) {
	await page.locator(`#${id} .card`).evaluate((card, share) => {
		const top = card.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - window.innerHeight * share + 4, behavior: 'instant' });
	}, readingLine(wide));
	await expect(page.locator(`#${id}`)).toHaveClass(/active/);
	// One card of the section is the current step, and says so to assistive technology.
	const steps = page.locator(`#${id}`).locator('xpath=..');
	await expect(steps.locator('.step.active')).toHaveCount(1);
	await expect(steps.locator('[aria-current="step"]')).toHaveAttribute('id', id);
}

for (const edition of EDITIONS) {
	const root = editionPath(edition);

	test(`${root}: at 390 × 844 the step cards cover at most 10% of the graphic as each step turns active`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(root);
		for (const section of await page.locator('[data-scrolly]').all()) {
			const ids = await section.locator('.step').evaluateAll((els) => els.map((e) => e.id));
			for (const id of ids) {
				await activate(page, id, false);
				const { graphic, cards } = await section.evaluate((s) => {
					const box = s.querySelector('.sticky-graphic')!.getBoundingClientRect();
					// The graphic as drawn: its svg and legend (the figure), as far as its box shows it.
					const fig = s.querySelector('.sticky-graphic figure')!.getBoundingClientRect();
					const json = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
					return { graphic: { fig: json(fig), box: json(box) }, cards: [...document.querySelectorAll('.card')].map((c) => json(c.getBoundingClientRect())) };
				});
				const drawn = intersect(graphic.fig, graphic.box);
				expect(area(drawn), `${id}: the graphic is on screen`).toBeGreaterThan(0);
				const covered = cards.reduce((sum, c) => sum + area(intersect(c, drawn)), 0);
				expect(covered / area(drawn), `${id}: share of the graphic under cards`).toBeLessThanOrEqual(0.1);
			}
		}
	});

	test(`${root}: nothing fixed lies over the text at any of 30 scroll positions`, async ({ page }) => {
		await page.goto(root);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let i = 0; i < 30; i++) {
			await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), (height * i) / 30);
			const fixed = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((el) => getComputedStyle(el).position === 'fixed' && (el as HTMLElement).checkVisibility())
					.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
			);
			expect(fixed).toEqual([]);
		}
	});
}

/** How far the document's height moves while a reader scrolls the page from the top, 600 px at a time. */
async function heightMoves(page: Page) {
	const start = await page.evaluate(() => document.documentElement.scrollHeight);
	let worst = 0;
	for (let y = 0; y < start; y += 600) {
		await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		const now = await page.evaluate(() => document.documentElement.scrollHeight);
		worst = Math.max(worst, Math.abs(now - start));
	}
	return worst;
}

for (const root of ['/', '/ar/', '/ckb/'])
	test(`${root}: the page height moves by at most 300 px while a reader scrolls from the top straight after load`, async ({ page }) => {
		await page.goto(root);
		expect(await heightMoves(page)).toBeLessThanOrEqual(300);
	});

// Between a phone's column and the widest one (a large phone held sideways, a small tablet), the
// text's guesses follow the column's width.
for (const root of ['/', '/ar/', '/ckb/'])
	test(`${root}: the page height holds as well on screens 470 and 590 px wide`, async ({ page }) => {
		for (const width of [470, 590]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(root);
			expect(await heightMoves(page), `${width} px`).toBeLessThanOrEqual(300);
		}
	});

// Keyboard focus is never hidden (WCAG 2.2 focus not obscured): on phones the step cards pass
// beneath the sticky graphic, so a control in a card must be scrolled to below it, not under it.
for (const root of ['/', '/ar/', '/ckb/'])
	test(`${root}: each control reached by Tab is in view, not under the graphic`, async ({ page }) => {
		await page.goto(root);
		const covered: string[] = [];
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const hit = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const r = el.getBoundingClientRect();
				const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				return top && (top === el || el.contains(top) || top.contains(el)) ? null : `${el.tagName} "${el.textContent?.trim().slice(0, 20)}" under ${top?.className}`;
			});
			if (hit) covered.push(hit);
		}
		expect(covered).toEqual([]);
	});

// On a slow network the Naskh face misses its moment ("optional") and the system's font sets the
// page for the whole visit: the size guesses must hold for it too (here Linux's DejaVu Sans, the
// fallback this machine has, which app.css scales to Naskh's width).
for (const root of ['/ar/', '/ckb/'])
	test(`${root}: the page height holds as well when the Naskh face does not arrive`, async ({ page }) => {
		await page.route('**/*.woff2', (route) => route.abort());
		await page.goto(root);
		expect(await page.evaluate(() => document.fonts.check("17px 'Naskh Arabic Subset'"))).toBe(false);
		expect(await heightMoves(page)).toBeLessThanOrEqual(300);
	});

test('every control is a target at least 24 px (axe target-size)', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
	expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});
