/** The sources and data page of each edition: every source, each graphic's data as a table, the data files. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readData } from './helpers';

const sources: { id: string; url: string }[] = readData('sources').sources;
const troops = readData('troops');
const places = readData('places');
const ui = readData('story').ui;

for (const [root, lang] of [['/', 'en'], ['/ar/', 'ar'], ['/ckb/', 'ckb']])
	test.describe(`${root}sources/`, () => {
		test('the story links to it, and it lists every source with its link under its id', async ({ page }) => {
			await page.goto(root);
			const link = page.locator('.sources-link a');
			await expect(link).toHaveAttribute('href', `${root}sources/`);
			// The count the story gives is the number of sources in the data, in the edition's digits.
			const digits = (await page.locator('.sources-link').textContent())!.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/\D/g, '');
			expect(Number(digits)).toBe(sources.length);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${root}sources/$`));
			await expect(page.locator('.source-list li')).toHaveCount(sources.length);
			for (const s of [sources[0], sources[sources.length - 1]]) {
				await expect(page.locator(`#source-${s.id}`)).toBeVisible();
				await expect(page.locator(`#source-${s.id} a`)).toHaveAttribute('href', s.url);
			}
			// Numbered once, by their ids, not by list numbers too.
			expect(await page.locator('.source-list').evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
			// Its skip link leads to its own content, not "to the story".
			await expect(page.locator('.skip-link')).toHaveAttribute('href', '#content');
			await expect(page.locator('.skip-link')).toHaveText(ui.skipToSources[lang]);
			// Back to the story in the same edition.
			await expect(page.locator('.back a')).toHaveAttribute('href', root);
		});

		test('each graphic\'s table link leads to its table there, one row per figure or place', async ({ page }) => {
			await page.goto(root);
			const rows = { troops: troops.series.reduce((n: number, s: { points: unknown[] }) => n + s.points.length, 0), map: places.places.length };
			for (const [name, count] of Object.entries(rows)) {
				const link = page.locator(`a[href="${root}sources/#${name}-table"]`);
				await expect(link).toHaveCount(1);
				await page.goto(`${root}sources/#${name}-table`);
				const table = page.locator(`#${name}-table`);
				await expect(table.locator('h2')).toBeVisible();
				// A figure's row has its date as the row header; gap rows say there is no figure.
				await expect(table.locator('tbody tr:not(.gap-row)')).toHaveCount(count);
				await expect(table.locator('th[scope="col"]').first()).toBeVisible();
				await page.goto(root);
			}
		});

		test('its language switch leads to the same page in the other editions', async ({ page }) => {
			await page.goto(`${root}sources/`);
			const hrefs = await page.locator('nav.editions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs.length).toBe(2);
			for (const h of hrefs) expect(h).toMatch(/^\/((ar|ckb)\/)?sources\/$/);
			expect(hrefs).not.toContain(`${root}sources/`);
		});

		test('it is a document: no script, and everything is shown in print', async ({ page }) => {
			await page.goto(`${root}sources/`);
			await expect(page.locator('script')).toHaveCount(0);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.source-list li').last()).toBeVisible();
			await expect(page.locator('#troops-table tbody tr').last()).toBeVisible();
		});

		for (const scheme of ['light', 'dark'] as const)
			test(`has no axe violations (${scheme})`, async ({ page }) => {
				test.setTimeout(60_000);
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(`${root}sources/`);
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
			});
	});

test('in the Arabic-script editions, Latin citations are isolated and marked as English', async ({ page }) => {
	for (const path of ['/ar/sources/', '/ckb/sources/']) {
		await page.goto(path);
		await expect(page.locator('.source-list li').first().locator('bdi[lang="en"]').first()).toBeAttached();
		await expect(page.locator('#troops-table .sources a bdi[lang="en"]').first()).toBeAttached();
	}
});
