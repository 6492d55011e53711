/**
 * Every translated edition, from the registry: its pages are in its language and direction,
 * with its own digits and month names from Intl, no interface string left in another
 * language, the graphics drawn without JavaScript, no axe violations, a note while its
 * translation is a draft, and a language switch that offers every edition and keeps the step.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readData, visibleWords } from './helpers';
import { EDITIONS, SOURCE_EDITION, editionPath } from '../../src/lib/editions/registry';
import { readdirSync } from 'node:fs';

const story = readData('story');
const events = readData('events').events as { id: string; date: string; title: Record<string, string> }[];
const FILES = ['story', 'troops', 'events', 'places', 'sources'];
const isDraft = (code: string) => FILES.some((f) => readData(f).translations?.[code] === 'draft');
// The graphics as the build lists them: one embed folder each.
const GRAPHICS = readdirSync('build/embed', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({ name: d.name }));
const translated = EDITIONS.filter((e) => e.code !== SOURCE_EDITION.code);


for (const edition of translated) {
	const root = editionPath(edition);
	const months = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(edition.locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 1))));
	const nativeDigits = new Intl.NumberFormat(edition.locale).format(1234567890).replace(/\D/g, (c) => (/[\p{Nd}]/u.test(c) ? c : ''));

	test.describe(`the ${edition.code} edition`, () => {
		test(`${root} is in ${edition.code}, ${edition.dir}, with nothing left in English`, async ({ page }) => {
			await page.goto(root);
			await expect(page.locator('html')).toHaveAttribute('lang', edition.code);
			await expect(page.locator('html')).toHaveAttribute('dir', edition.dir);
			await expect(page.locator('h1')).toHaveText(story.intro.headline[edition.code]);
			await expect(page).toHaveTitle(story.meta.title[edition.code]);
			await expect(page.locator(`#event-${events[0].id} .event-title`)).toHaveText(events[0].title[edition.code]);
			await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', edition.ogLocale);
			expect(await visibleWords(page, /[A-Za-z]{2,}/g)).toEqual([]);
		});

		test(`${root} writes dates and numbers as ${edition.locale} does`, async ({ page }) => {
			await page.goto(root);
			const dates = await page.locator('.timeline time').allTextContents();
			expect(dates.length).toBe(events.length);
			for (const d of dates) {
				expect(d).not.toMatch(/[0-9]/);
				expect(months.some((m) => d.includes(m)) || /^\p{Nd}{4}$/u.test(d.trim())).toBe(true);
			}
			// The talks opened on 27 January 2024: the date as Intl writes it in this locale.
			const opened = events.find((e) => e.date === '2024-01-27')!;
			const expected = new Intl.DateTimeFormat(edition.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 27)));
			await expect(page.locator(`#event-${opened.id} time`)).toHaveText(expected);
			const yTicks = await page.locator('.chart .y-labels text').allTextContents();
			expect(yTicks.length).toBeGreaterThan(1);
			for (const t of yTicks) for (const c of t.replace(/\D/gu, '')) expect(nativeDigits).toContain(c);
			expect(await visibleWords(page, /[0-9]+/g)).toEqual([]);
		});

		test(`${root} offers its data with headings in ${edition.code}`, async ({ page, request }) => {
			await page.goto(root);
			const href = await page.locator('#troops ~ .prose .get-data a[href$=".csv"]').first().getAttribute('href');
			expect(href).toBe(`/data/${edition.prefix}/troops.csv`);
			const header = (await (await request.get(href!)).text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
			const labels = Object.values(story.columns as Record<string, Record<string, string>>).map((t) => t[edition.code]);
			expect(header[0]).toBe(story.columns.series[edition.code]);
			for (const h of header) expect(labels.some((l) => h.replace(/^"|"$/g, '').startsWith(l)), h).toBe(true);
		});

		test(`${root} says whether its translation awaits review`, async ({ page }) => {
			await page.goto(root);
			const note = page.locator('.draft-note');
			if (isDraft(edition.code)) await expect(note).toHaveText(story.ui.draftTranslation[edition.code]);
			else await expect(note).toHaveCount(0);
		});

		for (const scheme of ['light', 'dark'] as const)
			test(`${root} has no axe violations (${scheme})`, async ({ page }) => {
				// axe reads the whole story with every table open: slow on a shared 2-core machine.
				test.setTimeout(90_000);
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(root);
				await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
			});

		for (const g of GRAPHICS)
			test(`${root}embed/${g.name}/ is in ${edition.code}, without axe violations in light and dark`, async ({ page }) => {
				await page.goto(`${root}embed/${g.name}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', edition.code);
				await expect(page.locator('html')).toHaveAttribute('dir', edition.dir);
				expect(await visibleWords(page, /[A-Za-z]{2,}/g)).toEqual([]);
				for (const scheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme: scheme });
					const results = await new AxeBuilder({ page }).analyze();
					expect(results.violations.map((v) => `${scheme} ${v.id}`)).toEqual([]);
				}
			});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });
			test(`${root} and its embeds show their graphics`, async ({ page }) => {
				await page.goto(root);
				await expect(page.locator('.map .frame svg').first()).toBeVisible();
				await expect(page.locator('.chart .frame svg').first()).toBeVisible();
				await expect(page.locator('.timeline li.event')).toHaveCount(events.length);
				for (const g of GRAPHICS) {
					await page.goto(`${root}embed/${g.name}/`);
					await expect(page.locator('[data-embed] figure, [data-embed] ol.compact').first()).toBeVisible();
				}
			});
		});
	});
}

test.describe('the language switch', () => {
	for (const path of ['', 'embed/'])
		test(`offers every edition from every ${path || 'story'} page`, async ({ page }) => {
			for (const edition of EDITIONS) {
				await page.goto(editionPath(edition, path));
				const nav = page.locator('nav.editions');
				await expect(nav.locator('li')).toHaveCount(EDITIONS.length);
				await expect(nav.locator('[aria-current=page]')).toHaveText(edition.name);
				for (const other of EDITIONS.filter((e) => e !== edition))
					await expect(nav.locator(`a[hreflang="${other.code}"]`)).toHaveAttribute('href', new RegExp(`^${editionPath(other, path).replace(/\//g, '\\/')}`));
			}
		});

	test('keeps the reader\'s step from each edition to each other', async ({ page }) => {
		const step = story.troops.steps[2].id;
		for (const from of EDITIONS)
			for (const to of EDITIONS.filter((e) => e !== from)) {
				await page.goto(`${editionPath(from)}#${step}`);
				await expect(page.locator('.chart')).toHaveAttribute('data-step', step);
				await page.locator(`nav.editions a[hreflang="${to.code}"]`).click();
				await expect(page).toHaveURL(new RegExp(`${editionPath(to).replace(/\//g, '\\/')}#${step}$`));
				await expect(page.locator('html')).toHaveAttribute('lang', to.code);
				await expect(page.locator('.chart')).toHaveAttribute('data-step', step);
			}
	});
});
