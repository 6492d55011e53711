/**
 * The troop chart read at a glance, in every edition at both widths: it opens on the whole arc
 * with its turning points written on it, none over another or over the axes (and a zoomed step
 * those inside its period); each step writes a figure its text names; the figures are the controls (one Tab stop, arrow keys, details
 * beside the point, thumb-sized targets); step cards hold no rows of buttons; the no-figure
 * bands keep to their own lanes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { overlaps, readData, readStep, type Rect } from './helpers';
import { EDITIONS, editionPath } from '../../src/lib/editions/registry';
import { dateToTime } from '../../src/lib/data/dates';

const story = readData('story');
const steps = story.troops.steps as { id: string; text: Record<string, string> }[];

const rects = (l: Locator) => l.evaluateAll((els) => els.filter((e) => (e as SVGGraphicsElement).checkVisibility()).map((e) => e.getBoundingClientRect().toJSON() as Rect));
/** Digits of any script as Latin, and no separators: "١٧٠٬٠٠٠" and "170,000" both read 170000. */
const digits = (s: string) =>
	s
		.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
		.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
		.replace(/[,٬.\s]/g, '');

const numbersIn = (text: string) => (text.match(/[\p{Nd}][\p{Nd},٬]*/gu) ?? []).map(digits).filter((n) => n.length >= 3);

/** Reads a chart step as a reader would, and waits until the chart has settled on it. */
async function showStep(page: Page, id: string) {
	await readStep(page, id);
	const chart = page.locator('.chart');
	await expect(chart).toHaveAttribute('data-step', id);
	await expect(chart).not.toHaveClass(/moving/);
	return chart;
}

for (const edition of EDITIONS) {
	const root = editionPath(edition);
	test.describe(`the troop chart at ${root}`, () => {
		test('opens on the whole arc, 2003 to 2026, with at least five turning points clear of each other and of the axes', async ({ page }) => {
			await page.goto(root);
			const chart = await showStep(page, steps[0].id);
			const years = (await chart.locator('.x-axis text').allTextContents()).map(digits).map(Number);
			expect(Math.min(...years)).toBeLessThanOrEqual(2005);
			expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
			const notes = await rects(chart.locator('.notes text.turning'));
			expect(notes.length).toBeGreaterThanOrEqual(5);
			const written = [...notes, ...(await rects(chart.locator('.notes text.figure')))];
			const axes = await rects(chart.locator('.y-labels text, .x-axis text'));
			written.forEach((a, i) => {
				written.slice(i + 1).forEach((b) => expect(overlaps(a, b), `notes overlap: ${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false));
				axes.forEach((b) => expect(overlaps(a, b), `note over an axis label: ${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false));
			});
		});

		test('writes on the chart, at every step, a figure the step names', async ({ page }) => {
			await page.goto(root);
			for (const step of steps) {
				const chart = await showStep(page, step.id);
				const named = numbersIn(step.text[edition.code]);
				const onChart = (await chart.locator('.notes text.figure').evaluateAll((els) => els.filter((e) => (e as SVGElement).checkVisibility()).map((e) => e.textContent ?? ''))).map(digits);
				expect(onChart.some((f) => named.some((n) => f.includes(n))), `${step.id}: ${onChart.join(' ')} / ${named.join(' ')}`).toBe(true);
			}
		});

		test('at a step zoomed in on part of the arc, writes the turning points inside it, clear of its figures and the axes', async ({ page }) => {
			await page.goto(root);
			const notes = readData('troops').annotations as { date: string; series: string; text: Record<string, string> }[];
			const squeeze = (t: string) => t.replace(/\s+/g, '');
			let written = 0;
			for (const step of story.troops.steps as { id: string; from: string; to: string; series: string[]; labels: { series: string; date: string }[] }[]) {
				const inside = notes.filter((n) => step.series.includes(n.series) && dateToTime(n.date) >= dateToTime(step.from) && dateToTime(n.date) <= dateToTime(step.to) && !step.labels.some((l) => l.series === n.series && l.date === n.date));
				if (!inside.length || step.id === steps[0].id) continue;
				const chart = await showStep(page, step.id);
				const turning = chart.locator('.notes text.turning:visible');
				const texts = (await turning.allTextContents()).map(squeeze);
				for (const t of texts) expect(inside.map((n) => squeeze(n.text[edition.code])), step.id).toContain(t);
				written += texts.length;
				const mine = await rects(turning);
				const others = await rects(chart.locator('.notes text.figure:visible, .notes text.count-change:visible, .y-labels text:visible, .x-axis text:visible'));
				for (const a of mine) for (const b of others) expect(overlaps(a, b), `${step.id}: a turning point over a figure or an axis label`).toBe(false);
			}
			expect(written, 'turning points written on zoomed steps').toBeGreaterThan(0);
		});

		test('at every step, no number of the scale lies under a figure\'s mark, and the scale stays named', async ({ page }) => {
			await page.goto(root);
			for (const step of steps) {
				const chart = await showStep(page, step.id);
				const labels = await rects(chart.locator('.y-labels text'));
				expect(labels.length, step.id).toBeGreaterThanOrEqual(2);
				const marks = await chart.locator('.mark:not(.out) .sym').evaluateAll((els) =>
					els.filter((e) => (e as SVGGraphicsElement).checkVisibility({ visibilityProperty: true })).map((e) => e.getBoundingClientRect().toJSON() as Rect).filter((r) => r.width > 0)
				);
				for (const l of labels) for (const m of marks) expect(overlaps(l, m), `${step.id}: a scale number under a mark ${JSON.stringify(l)} ${JSON.stringify(m)}`).toBe(false);
			}
		});

		test('keeps its marks inside the plot and each no-figure band in its own lane, under the lines', async ({ page }) => {
			await page.goto(root);
			for (const step of steps) {
				const chart = await showStep(page, step.id);
				const zero = (await chart.locator('.y-axis line.zero').boundingBox())!;
				const grid = await rects(chart.locator('.y-axis line'));
				const left = Math.min(...grid.map((g) => g.x));
				const right = Math.max(...grid.map((g) => g.x + g.width));
				for (const band of await rects(chart.locator('.gap'))) if (band.width > 0) expect(band.y).toBeGreaterThanOrEqual(zero.y);
				const marks = await chart.locator('.mark:not(.out) .sym').evaluateAll((els) =>
					els.map((e) => e.getBoundingClientRect().toJSON() as Rect).filter((r) => r.width > 0)
				);
				const inView = marks.filter((m) => m.x + m.width > left && m.x < right);
				for (const m of inView) {
					expect(m.x, step.id).toBeGreaterThanOrEqual(left - 1);
					expect(m.x + m.width, step.id).toBeLessThanOrEqual(right + 1);
				}
			}
		});
	});
}

test.describe('the troop chart joins only comparable figures', () => {
	const troops = readData('troops').series as { id: string; points: { date: string; qualifier?: string; countChange?: unknown }[] }[];
	test('a new count breaks the line, with its note, and "fewer than" figures are drawn as bounds', async ({ page }) => {
		await page.goto('/');
		const last = steps.at(-1)!;
		const chart = await showStep(page, last.id);
		const changes = troops.flatMap((s) => s.points.map((p, i) => ({ key: `${s.id}:${i}`, p })).filter(({ p }) => p.countChange));
		expect(changes.length).toBeGreaterThan(0);
		await expect(chart.locator('.frame .count-break')).toHaveCount(changes.length);
		await expect(chart.locator('.notes text.count-change:visible')).toHaveCount(changes.length);
		for (const { key } of changes) await expect(chart.locator(`[data-mark="${key}"]`)).toHaveAttribute('data-description', new RegExp(story.ui.countChange.en));
		const bounds = troops.flatMap((s) => s.points.map((p, i) => ({ key: `${s.id}:${i}`, p })).filter(({ p }) => p.qualifier === 'fewer-than'));
		for (const { key } of bounds) {
			await expect(chart.locator(`[data-mark="${key}"] .bound`)).toHaveCount(1);
			await expect(chart.locator(`[data-mark="${key}"]`)).toHaveAttribute('aria-label', new RegExp(story.ui.qualifierFewerThan.en));
		}
	});
});

test.describe('the troop chart as controls', () => {
	test('step cards carry no rows of figure buttons: at most four controls besides step navigation', async ({ page }) => {
		await page.goto('/');
		for (const step of steps) {
			const controls = page.locator(`#${step.id} .card :is(a[href], button, input, select, textarea, [tabindex]):not(.step-nav *)`);
			expect(await controls.count(), step.id).toBeLessThanOrEqual(4);
		}
	});

	test('one Tab stop into the chart, arrow keys between figures, details beside the figure', async ({ page }) => {
		await page.goto('/');
		const chart = await showStep(page, steps[0].id);
		// The chart is not hidden from assistive technology: its figures are controls.
		expect(await chart.evaluate((el) => !!el.closest('[aria-hidden="true"]'))).toBe(false);
		await expect(chart.locator('.mark[tabindex="0"]')).toHaveCount(1);
		await chart.locator('.mark[tabindex="0"]').focus();
		const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(first).toBeTruthy();
		const detail = chart.locator('[data-detail]');
		await expect(detail).toBeVisible();
		await expect(detail).toContainText(first!.split(': ').at(-1)!);
		await page.keyboard.press('ArrowRight');
		const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(second).not.toBe(first);
		await expect(detail).toContainText(second!.split(': ').at(-1)!);
		// Still one Tab stop: the focus moved, and so did the stop.
		await expect(chart.locator('.mark[tabindex="0"]')).toHaveCount(1);
		const box = (await detail.boundingBox())!;
		const point = (await page.locator(':focus .sym').boundingBox())!;
		expect(overlaps(box, point), 'the details cover the figure they describe').toBe(false);
		await page.keyboard.press('End');
		await page.keyboard.press('Home');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(first);
		// Tab leaves the chart in one press.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('.chart'))).toBe(false);
	});

	test('each figure is a target at least 24 px across', async ({ page }) => {
		await page.goto('/');
		await readStep(page, steps[0].id);
		const sizes = await page.locator('.chart .mark .hit').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
	});
});
