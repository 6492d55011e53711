/**
 * The printed page: each step above its own state of the graphic, no step text over a
 * graphic, nothing fixed, no buttons or embed codes, the sources in full; in print emulation
 * and in a PDF (A4 and Letter), in every edition.
 */
import { expect, test, type Page } from '@playwright/test';
import { readData } from './helpers';

const story = readData('story');
const stepIds: string[] = [...story.map.steps, ...story.troops.steps].map((s: { id: string }) => s.id);

/** Every step's printed graphic state, and what overlaps what. */
async function printedLayout(page: Page) {
	return page.evaluate((ids) => {
		const box = (el: Element) => el.getBoundingClientRect();
		const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width > 0 && b.width > 0;
		const graphics = [...document.querySelectorAll('.print-state, .sticky-graphic')].filter((g) => getComputedStyle(g).display !== 'none').map(box);
		const steps = ids.map((id) => {
			const step = document.getElementById(id)!;
			const copy = step.querySelector<HTMLElement>('.print-state [data-graphic]');
			const texts = [...step.querySelectorAll('.card p:not(.sr-only)')].map(box);
			const over = texts.flatMap((t) => graphics.filter((g) => hit(t, g)).map((g) => `text ${Math.round(t.top)}–${Math.round(t.bottom)} over graphic ${Math.round(g.top)}–${Math.round(g.bottom)}`));
			return { id, state: copy?.dataset.step ?? null, visible: !!copy && box(copy).height > 50, overlaps: over };
		});
		const fixed = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => getComputedStyle(el).position === 'fixed' && el.getClientRects().length > 0).map((el) => el.className || el.tagName);
		const controls = [...document.querySelectorAll('.step-nav, .embed-code, .motion-switch, .editions, .chips')].filter((el) => el.getClientRects().length > 0).length;
		return { steps, fixed, controls };
	}, stepIds);
}

for (const root of ['/', '/ar/', '/ckb/'])
	test.describe(`printing ${root}`, () => {
		test('each step prints above its own state of the graphic, with nothing over its text and nothing fixed', async ({ page }) => {
			await page.goto(`${root}#${story.map.steps[3].id}`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.print-state')).toHaveCount(stepIds.length);
			const printed = await printedLayout(page);
			for (const s of printed.steps) {
				expect(s.state, `${s.id}: its own state`).toBe(s.id);
				expect(s.visible, `${s.id}: its graphic is drawn`).toBe(true);
				expect(s.overlaps, `${s.id}: text over a graphic`).toEqual([]);
			}
			expect(printed.fixed).toEqual([]);
			expect(printed.controls).toBe(0);
			// Each copy draws from its own clip paths, hatching and outlines: the original graphic,
			// hidden on paper, would draw none of them (the chart's "no published figure" hatching).
			const strays = await page.evaluate(() =>
				[...document.querySelectorAll('.print-state')].flatMap((copy) =>
					[...copy.querySelectorAll('*')].flatMap((el) =>
						[...el.attributes].flatMap((a) => [...a.value.matchAll(/url\(#([\w-]+)\)/g), ...(a.name === 'href' && a.value.startsWith('#') ? [[a.value, a.value.slice(1)]] : [])].map((m) => m[1]).filter((id) => !copy.querySelector(`[id="${id}"]`)).map((id) => `${el.tagName} ${a.name} → #${id}`))
					)
				)
			);
			expect(strays).toEqual([]);
			// Download links do nothing on paper; the printed story gives the data page's address.
			for (const link of await page.locator('.get-data').all()) await expect(link).toBeHidden();
			// The sources are on their own page: the printed story says where.
			await expect(page.locator('#sources ~ .print-only')).toBeVisible();
			await expect(page.locator('#sources ~ .print-only')).toContainText(`${root}sources/`);
			// Back on screen, the copies go and the story is as the reader left it.
			await page.emulateMedia({ media: 'screen' });
			await expect(page.locator('.print-state')).toHaveCount(0);
		});

		test('prints to PDF on A4 and Letter with every step state', async ({ page }) => {
			await page.goto(root);
			for (const format of ['A4', 'Letter'] as const) {
				const pdf = await page.pdf({ format, printBackground: false });
				expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
				// The copies were made for the print (and are gone after it).
				await expect(page.locator('html')).toHaveAttribute('data-print-states', String(stepIds.length));
				const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
				expect(pages, format).toBeGreaterThan(stepIds.length / 3);
			}
		});
	});
