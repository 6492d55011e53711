/**
 * Facts as a newsroom publishes them, in every edition: the parties speak in dated, sourced
 * statements; corrections are shown with their dates, in the story and in the embeds they
 * concern; the "Updated" date follows the data; credits come from the data, with no
 * placeholder; sentences that said more than their sources are gone; embed options stay code.
 */
import { expect, test } from '@playwright/test';
import { readData } from './helpers';
import { EDITIONS, editionPath } from '../../src/lib/editions/registry';

const story = readData('story');
const corrections = readData('corrections').corrections as { date: string; files: string[]; text: Record<string, string> }[];
const events = readData('events').events as { date: string }[];
const troops = readData('troops').series as { points: { date: string }[]; gaps: { to: string }[] }[];
const PARTIES = ['iraq-government', 'kurdistan-region', 'iran-aligned-factions', 'us-government'];

/** The newest of the data's dated entries and its corrections, as the data files say it. */
const newest = [
	...events.map((e) => e.date),
	...troops.flatMap((s) => [...s.points.map((p) => p.date), ...s.gaps.map((g) => g.to)]),
	...story.voices.parties.flatMap((p: { statements: { date: string }[] }) => p.statements.map((s) => s.date)),
	...corrections.map((c) => c.date)
].sort((a, b) => (a.padEnd(10, '9') < b.padEnd(10, '9') ? 1 : -1))[0];

// Sentences that said more than their sources did, as they were once published.
const RETIRED: Record<string, string[]> = {
	en: [
		'Since the joint statement the figures have become unofficial',
		'the Pentagon admitted',
		'Syria holds at about 900',
		"After the Soleimani strike and the parliament's vote, they were cut",
		'5,262 by late 2016',
		'the big bases have been handed over',
		'is no longer published',
		'quicker and messier',
		'The coalition exists because of 2014',
		"Iraq's parliament voted to expel foreign troops."
	],
	ar: ['لا أحد يعلم', 'الحرب على غزة', 'حدثاً معروضاً', 'وُجد التحالف بسبب عام', 'أقرّ البنتاغون', 'أسرع وأكثر اضطراباً', 'الاتحاد الثالث'],
	ckb: ['دانی بە نزیکەی', 'خێراتر و ئاڵۆزتر']
};

for (const edition of EDITIONS) {
	const root = editionPath(edition);
	test.describe(`facts at ${root}`, () => {
		test('each party speaks in at least two dated, sourced statements', async ({ page }) => {
			await page.goto(root);
			for (const id of PARTIES) {
				const statements = page.locator(`#voices-${id} + ul > li.statement`);
				expect(await statements.count(), id).toBeGreaterThanOrEqual(2);
				for (const li of await statements.all()) {
					await expect(li.locator('time[datetime]')).toHaveCount(1);
					expect(await li.locator('a[href^="http"]').count()).toBeGreaterThan(0);
				}
			}
		});

		test('shows its corrections with their dates, and an "Updated" date that follows the data', async ({ page }) => {
			await page.goto(root);
			await expect(page.locator('.byline time')).toHaveAttribute('datetime', newest);
			const items = page.locator('#corrections + ul > li');
			await expect(items).toHaveCount(corrections.length);
			for (const c of corrections) await expect(page.locator(`#corrections + ul > li:has(time[datetime="${c.date}"])`).filter({ hasText: c.text[edition.code].slice(0, 40) })).toHaveCount(1);
			// Credits come from the data.
			for (const t of story.meta.team) await expect(page.locator('.team')).toContainText(t.role[edition.code]);
			await expect(page.locator('.byline')).toContainText(story.meta.byline[edition.code]);
		});

		test('no longer says what its sources do not', async ({ page }) => {
			await page.goto(root);
			await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			// Every lazily laid-out part too: text not yet laid out is missing from innerText.
			await page.evaluate(() => document.querySelectorAll<HTMLElement>('[data-lazy]').forEach((el) => (el.style.contentVisibility = 'visible')));
			const text = await page.locator('body').innerText();
			for (const s of RETIRED[edition.code] ?? []) expect(text, s).not.toContain(s);
		});

		test('the troop chart embed carries the corrections to its data', async ({ page }) => {
			await page.goto(`${root}embed/troops/`);
			const concerning = corrections.filter((c) => c.files.includes('troops'));
			await expect(page.locator('.correction')).toHaveCount(concerning.length);
			for (const c of concerning) await expect(page.locator(`.correction:has(time[datetime="${c.date}"])`).first()).toBeVisible();
			await page.goto(`${root}embed/map/`);
			await expect(page.locator('.correction')).toHaveCount(corrections.filter((c) => c.files.includes('places')).length);
		});

		test('embed options are code, the same in every edition', async ({ page }) => {
			await page.goto(`${root}embed/`);
			const codes = await page.locator('main code').allTextContents();
			for (const c of ['data-step', 'data-theme', 'light', 'dark', 'auto']) expect(codes).toContain(c);
		});
	});
}

test('oEmbed names the publisher from the data, not a placeholder', async ({ request }) => {
	const r = await request.get('/oembed/troops.json');
	const body = await r.json();
	expect(body.provider_name).toBe(story.meta.publisher.en.replace(/\*/g, ''));
	expect(body.provider_name).not.toMatch(/graphics team/i);
});

test('a paraphrase is marked beside its words only, as a quotation is, not beside its attribution', async ({ page }) => {
	await page.goto('/');
	const marks = await page.locator('.voices li.statement').evaluateAll((items) =>
		items.map((li) => ({ item: getComputedStyle(li).borderInlineStartStyle, words: getComputedStyle(li.querySelector('blockquote, p')!).borderInlineStartStyle, form: li.classList.contains('quote') ? 'quote' : 'paraphrase' }))
	);
	expect(marks.some((m) => m.form === 'paraphrase')).toBe(true);
	for (const m of marks) expect(m).toEqual({ item: 'none', words: m.form === 'quote' ? 'solid' : 'dotted', form: m.form });
});
