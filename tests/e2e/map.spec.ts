/**
 * The map as a reader sees it at each step, in every edition and at both widths (the phone and
 * desktop projects): each site drawn in its state on the step's date, a legend listing exactly
 * the symbols in view, no marker left both unnamed and unexplained, a locator at zoomed steps;
 * and a graphic in the first screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { readData, readStep } from './helpers';
import { siteStateAt } from '../../src/lib/data/site-status';
import { parseCsv } from '../../src/lib/data/csv';

const story = readData('story');
const places = readData('places').places as { id: string; status?: { from: string; state: 'us-forces' | 'drawing-down' | 'handed-over' | 'left'; until?: string; sources: string[] }[] }[];
const SYMBOL = { 'us-forces': 'present', 'drawing-down': 'leaving', 'handed-over': 'gone', left: 'gone', unreported: 'unreported' } as const;
const EDITIONS = ['/', '/ar/', '/ckb/'];

/** What the map shows now: each visible marker with its symbol and name, the legend's keys, the labels in the current layout. */
async function readMap(page: Page) {
	return page.locator('.map').evaluate((map) => {
		const frame = map.querySelector('.frame')!.getBoundingClientRect();
		const shown = (el: Element) => {
			const r = el.getBoundingClientRect();
			return getComputedStyle(el).display !== 'none' && r.width > 0 && r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
		};
		const markers = [...map.querySelectorAll<SVGGElement>('.marker')].map((m) => ({
			id: m.dataset.place!,
			drawn: m.dataset.drawn!,
			site: m.classList.contains('site'),
			attacked: m.classList.contains('attacked'),
			claimed: m.classList.contains('claimed'),
			ring: (() => {
				const ring = m.querySelector('.ring');
				return ring && getComputedStyle(ring).display !== 'none' ? getComputedStyle(ring).strokeDasharray : null;
			})(),
			visible: m.dataset.drawn !== '-' && shown(m.querySelector('.sym')!)
		}));
		const labels = [...map.querySelectorAll<SVGTextElement>('.overlay .place-label')].filter((t) => shown(t)).map((t) => t.dataset.label!);
		const legend = [...map.querySelectorAll<HTMLElement>('[data-slot="legend"] li[data-key]')].filter((li) => li.offsetParent !== null).map((li) => li.dataset.key!);
		const locator = map.querySelector('.overlay [data-slot="locator"] .locator-frame');
		return { markers, labels, legend, locator: !!locator && shown(locator), views: JSON.parse(map.dataset.views ?? '[]') as { k: number }[] };
	});
}

for (const root of EDITIONS)
	test.describe(`the map's drawdown (${root})`, () => {
		test('every step draws each site as of its date, with a legend of exactly what is drawn', async ({ page }) => {
			await page.goto(root);
			const map = page.locator('.map');
			for (const [i, step] of (story.map.steps as { id: string; asOf: string }[]).entries()) {
				await readStep(page, step.id);
				await expect(map).toHaveAttribute('data-step', step.id);
				await expect(map).not.toHaveClass(/moving/);
				await expect(page.locator('.map [data-slot="legend"]')).toHaveAttribute('data-for', String(i + 1));
				const seen = await readMap(page);
				// Each site in its state on the step's date; a site not yet known is not drawn.
				for (const place of places.filter((p) => p.status)) {
					const st = siteStateAt(place, step.asOf);
					const m = seen.markers.find((x) => x.id === place.id)!;
					expect(m.drawn, `${step.id}: ${place.id}`).toBe(st ? SYMBOL[st.state] : '-');
				}
				const visible = seen.markers.filter((m) => m.visible);
				const expected = new Set(visible.filter((m) => m.site).map((m) => m.drawn));
				if (visible.some((m) => m.attacked)) expected.add('attacked');
				if (visible.some((m) => m.claimed)) expected.add('claimed');
				expected.add('rivers');
				// A reported attack's ring is solid; one its attackers alone claim is dashed; no attack, no ring.
				for (const m of visible) {
					if (m.attacked) expect(m.ring, `${step.id}: ${m.id} ring`).toBe('none');
					else if (m.claimed) expect(m.ring, `${step.id}: ${m.id} ring`).toMatch(/\d/);
					else expect(m.ring, `${step.id}: ${m.id} ring`).toBeNull();
				}
				expect(new Set(seen.legend), `${step.id}: legend`).toEqual(expected);
				// Every marker in view is named, or its symbol is explained by the legend.
				for (const m of visible) expect(seen.labels.includes(m.id) || (m.site && seen.legend.includes(m.drawn)), `${step.id}: ${m.id}`).toBe(true);
				// A zoomed view carries the locator.
				expect(seen.locator, `${step.id}: locator`).toBe(seen.views[i + 1].k > 1.05);
				if (i === story.map.steps.length - 1) expect(seen.legend).toEqual(expect.arrayContaining(['present', 'gone', 'attacked', 'claimed']));
			}
		});

		test('the first screen shows a graphic, not only text', async ({ page }) => {
			await page.goto(root);
			const viewport = page.viewportSize()!;
			const panels = page.locator('.footprint .panel svg');
			await expect(panels).toHaveCount(story.footprint.panels.length);
			for (const svg of await panels.all()) {
				const box = (await svg.boundingBox())!;
				expect(box.height).toBeGreaterThan(40);
				// Its map, not only its heading, is in the first screen.
				expect(box.y + box.height * 0.75).toBeLessThan(viewport.height);
			}
			await expect(page.locator('.footprint .panel').first().locator('.site-sym').first()).toBeVisible();
		});

		test('offers what it draws as data: the places, each site\'s dated states and its attacks, with their sources', async ({ page, request }) => {
			await page.goto(root);
			const prefix = root === '/' ? '' : root.slice(1);
			const footer = page.locator('#map-story + .prose .get-data');
			const csv = await footer.locator('a[href$=".csv"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(csv).toEqual(['places', 'statuses', 'attacks'].map((n) => `/data/${prefix}${n}.csv`));
			// All three come from places.json, offered once.
			expect(await footer.locator('a[href$=".json"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/data/places.json']);
			const lang = root === '/' ? 'en' : root.slice(1, -1);
			const [header, ...rows] = parseCsv((await (await request.get(csv[1]!)).text()).replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c));
			expect(header[0]).toBe(lang === 'en' ? 'place' : story.columns.place[lang]);
			const states = places.flatMap((p) => (p.status ?? []).map((s) => [p.id, s.from, s.state]));
			expect(rows.map((r) => r.slice(0, 3))).toEqual(states);
			// Every row names its sources, spelled out.
			for (const r of rows) expect(r.at(-1), r.join(',')).toMatch(/^https?:\/\//);
			const attacks = parseCsv((await (await request.get(csv[2]!)).text()).replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c));
			expect(attacks.length - 1).toBe(places.reduce((n, p) => n + ((p as { attacks?: unknown[] }).attacks?.length ?? 0), 0));
		});
	});
