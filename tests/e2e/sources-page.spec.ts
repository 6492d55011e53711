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

		test('each place lists every source behind it: its own, and those of its dated states and attacks', async ({ page }) => {
			await page.goto(`${root}sources/`);
			// The table is headed by what it lists, not by the map's title.
			await expect(page.locator('#map-table h2')).toHaveText(ui.placesTable[lang]);
			const url = new Map(sources.map((x) => [x.id, x.url]));
			type Place = { name: Record<string, string>; sources: string[]; status?: { sources: string[] }[]; attacks?: { sources: string[] }[] };
			for (const [i, p] of (places.places as Place[]).entries()) {
				const ids = [...p.sources, ...(p.status ?? []).flatMap((x) => x.sources), ...(p.attacks ?? []).flatMap((x) => x.sources)];
				const row = page.locator('#map-table tbody tr').nth(i);
				await expect(row.locator('th')).toHaveText(p.name[lang]);
				const hrefs = await row.locator('.sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(new Set(hrefs), p.name.en).toEqual(new Set(ids.map((id) => url.get(id))));
			}
		});

		test('its data files each offer their sheets, in the edition\'s language, and every one downloads', async ({ page, request }) => {
			await page.goto(`${root}sources/`);
			const list = page.locator('#data-files + ul');
			const json = await list.locator('a[href$=".json"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(json).toEqual(['troops', 'events', 'places', 'sources', 'story'].map((f) => `/data/${f}.json`));
			const prefix = root === '/' ? '' : root.slice(1);
			// Each file's own sheet next to it; the sites' states and attacks next to places.json, where they are kept.
			const sheetsOf = async (file: string) => list.locator('li', { has: page.locator(`a[href="/data/${file}"]`) }).locator('a[href$=".csv"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(await sheetsOf('troops.json')).toEqual([`/data/${prefix}troops.csv`]);
			expect(await sheetsOf('places.json')).toEqual(['places', 'statuses', 'attacks'].map((n) => `/data/${prefix}${n}.csv`));
			expect(await sheetsOf('sources.json')).toEqual([]);
			await expect(list.locator('li', { has: page.locator('a[href="/data/places.json"]') })).toContainText(ui.fileAttacks[lang]);
			for (const href of await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
				const r = await request.get(href);
				expect(r.status(), href).toBe(200);
				expect((await r.text()).length, href).toBeGreaterThan(100);
			}
		});

		test('on a phone, every column of every table is on the screen, each value labelled, and still a table to a screen reader', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 780 });
			await page.goto(`${root}sources/`);
			// Nothing runs off the side: not the page, not a table.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			for (const table of await page.locator('.table-section table').all()) {
				const box = (await table.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(360);
			}
			// A figure's sources are on the screen, labelled with the column's name.
			const sourcesCell = page.locator('#troops-table tbody tr:not(.gap-row)').first().locator('td.sources');
			await sourcesCell.scrollIntoViewIfNeeded();
			await expect(sourcesCell.locator('.cell-label')).toBeVisible();
			await expect(sourcesCell.locator('.cell-label')).toHaveText(ui.sources[lang]);
			await expect(sourcesCell.locator('a').first()).toBeInViewport();
			// Chromium's own accessibility tree: the cells are still cells under column headers.
			const cdp = await page.context().newCDPSession(page);
			const { nodes } = await cdp.send('Accessibility.getFullAXTree');
			const roles = new Set(nodes.map((n: { role?: { value?: string } }) => n.role?.value));
			for (const role of ['table', 'columnheader', 'rowheader', 'cell']) expect(roles, role).toContain(role);
			const header = nodes.find((n: { role?: { value?: string }; name?: { value?: string } }) => n.role?.value === 'columnheader' && n.name?.value === ui.sources[lang]);
			expect(header, 'a "Sources" column header').toBeTruthy();
		});

		test('on a wide screen the tables keep their columns, with no repeated labels', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(`${root}sources/`);
			await expect(page.locator('#troops-table thead th').first()).toBeVisible();
			await expect(page.locator('#troops-table .cell-label').first()).toBeHidden();
			const [a, b] = await page.locator('#troops-table tbody tr').first().locator('th, td').evaluateAll((cells) => cells.slice(0, 2).map((c) => c.getBoundingClientRect().top));
			expect(Math.abs(a - b)).toBeLessThan(2);
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
		// Between two sources' names, the Arabic semicolon: a Latin one reads backwards in right-to-left text.
		const cell = page.locator('#troops-table td.sources').filter({ has: page.locator('.source-link + .source-link') }).first();
		await expect(cell).toContainText('؛');
		await expect(cell).not.toContainText(';');
	}
});
