import { describe, expect, it } from 'vitest';
import { buildMapModel } from '../../src/lib/charts/map/model';
import { buildFootprint } from '../../src/lib/charts/footprint/model';
import { siteStateAt } from '../../src/lib/data/site-status';
import { overlap } from '../../src/lib/geo/labels';
import { EDITIONS, localize, type Lang } from '../../src/lib/editions/registry';
import { formatFigure } from '../../src/lib/charts/troops/format';
import { dateEndTime, dateStartTime } from '../../src/lib/data/dates';
import { realData, regionGeo } from './helpers';
import { SITE_GEOMETRY } from '../../src/lib/design/tokens';

const data = realData();
const geo = regionGeo();

for (const edition of EDITIONS) {
	const model = buildMapModel(geo, data.places.places, data.story, edition, data.events.events);
	const states = [model.overview, ...model.steps];
	const inFrame = (s: (typeof states)[number], id: string) => {
		const p = model.places.find((q) => q.id === id)!;
		const x = p.x * s.view.k + s.view.tx;
		const y = p.y * s.view.k + s.view.ty;
		return x >= 0 && x <= model.width && y >= 0 && y <= model.height;
	};

	describe(`the map's drawdown (${edition.code})`, () => {
		it("draws each site in its state as of the step's date", () => {
			data.story.map.steps.forEach((step, i) => {
				for (const place of data.places.places.filter((p) => p.status)) {
					const st = siteStateAt(place, step.asOf);
					const drawn = model.steps[i].drawn[place.id];
					if (!st) expect(drawn, `${step.id} ${place.id}`).toBeUndefined();
					else expect(drawn, `${step.id} ${place.id}`).toBe({ 'us-forces': 'present', 'drawing-down': 'leaving', 'handed-over': 'gone', left: 'gone', unreported: 'unreported' }[st.state]);
				}
			});
		});
		it('lists in the legend exactly the symbols drawn in the frame', () => {
			for (const s of states) {
				const drawn = new Set<string>(Object.entries(s.drawn).filter(([id, sym]) => sym !== 'city' && inFrame(s, id)).map(([, sym]) => sym));
				if (s.attacked.some((id) => inFrame(s, id))) drawn.add('attacked');
				if (s.claimed.some((id) => inFrame(s, id))) drawn.add('claimed');
				drawn.add('rivers');
				expect(new Set(s.legend.map((e) => e.key)), s.id).toEqual(drawn);
				for (const e of s.legend) expect(e.label.length, `${s.id} ${e.key}`).toBeGreaterThan(0);
			}
		});
		it('rings apart a site whose only attacks in the period its attackers alone claim, per the data', () => {
			// From places.json itself: the last step's sites with attacks in its period, and which of them only claimed ones.
			const last = data.story.map.steps.at(-1)!;
			const within = (d: string) => d >= last.attacksSince! && d <= last.asOf;
			for (const p of data.places.places) {
				const hits = (p.attacks ?? []).filter((a) => within(a.date));
				const named = data.events.events.some((e) => e.category === 'attacks' && within(e.date) && (e.places ?? []).includes(p.id));
				const s = model.steps.at(-1)!;
				if (!s.drawn[p.id] || !hits.length) continue;
				if (hits.every((a) => a.claimed) && !named) {
					expect(s.claimed, p.id).toContain(p.id);
					expect(s.attacked, p.id).not.toContain(p.id);
				} else expect(s.attacked, p.id).toContain(p.id);
			}
			// The shipped data has one: the drone attack on Erbil air base of 1 March 2026, claimed by the group alone.
			expect(model.steps.at(-1)!.claimed.length).toBeGreaterThan(0);
			expect(model.steps.at(-1)!.legend.map((e) => e.key)).toContain('claimed');
		});
		it('has forces present, handed over and attacked in the last step', () => {
			const keys = model.steps.at(-1)!.legend.map((e) => e.key);
			expect(keys).toEqual(expect.arrayContaining(['present', 'gone', 'attacked']));
		});
		it('draws a place that is not a site only where its name is written, in both layouts', () => {
			for (const s of states)
				for (const [id, sym] of Object.entries(s.drawn))
					if (sym === 'city')
						for (const layout of ['wide', 'narrow'] as const) expect(s.labels[layout].some((l) => l.id === id), `${s.id} ${layout} ${id}`).toBe(true);
		});
		it('places labels clear of each other, of the markers drawn and of the locator', () => {
			for (const s of states)
				for (const layout of ['wide', 'narrow'] as const) {
					const boxes = [...s.labels[layout], ...s.countryLabels[layout]].map((l) => l.box);
					boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${s.id} ${layout}`).toBe(false)));
					const r = model.type[layout].marker;
					for (const [id] of Object.entries(s.drawn)) {
						const p = model.places.find((q) => q.id === id)!;
						const m = { x0: p.x * s.view.k + s.view.tx - r, y0: p.y * s.view.k + s.view.ty - r, x1: p.x * s.view.k + s.view.tx + r, y1: p.y * s.view.k + s.view.ty + r };
						for (const l of s.labels[layout].filter((l) => l.id !== id)) expect(overlap(l.box, m), `${s.id} ${layout}: ${l.id} over ${id}`).toBe(false);
					}
					if (s.locator) {
						const loc = { x0: s.locator.x, y0: s.locator.y, x1: s.locator.x + s.locator.width, y1: s.locator.y + s.locator.height };
						for (const b of boxes) expect(overlap(b, loc), `${s.id} ${layout} locator`).toBe(false);
					}
				}
		});
		it('names every highlighted place at the wide layout, and all but one at most on a phone', () => {
			for (const s of model.steps) {
				expect(s.labels.wide.length, `${s.id} wide`).toBe(s.highlight.length);
				expect(s.labels.narrow.length, `${s.id} narrow`).toBeGreaterThanOrEqual(s.highlight.length - 1);
			}
		});
		it("says in a site's details which of its attacks only the attackers claim", () => {
			const ui = localizeUi(edition.code as Lang);
			const claimedLabel = ui.attacksClaimed.split('{dates}')[0];
			const reportedLabel = ui.attacksOn.split('{dates}')[0];
			for (const place of data.places.places) {
				const history = model.places.find((p) => p.id === place.id)!.history;
				expect(history.includes(claimedLabel), place.id).toBe((place.attacks ?? []).some((a) => a.claimed));
				expect(history.includes(reportedLabel), place.id).toBe((place.attacks ?? []).some((a) => !a.claimed));
			}
		});
		it('gives every zoomed step a locator whose frame is the view', () => {
			for (const s of states) {
				if (s.view.k <= 1.05) {
					expect(s.locator, s.id).toBeNull();
					continue;
				}
				expect(s.locator, s.id).not.toBeNull();
				const scale = s.locator!.width / model.width;
				expect(s.locator!.frame.width).toBeCloseTo((model.width / s.view.k) * scale, 0);
				expect(s.locator!.frame.x).toBeCloseTo((-s.view.tx / s.view.k) * scale, 0);
			}
		});
		it("names in its frame the places the step's text names", () => {
			data.story.map.steps.forEach((step, i) => {
				for (const id of step.highlight) expect(inFrame(model.steps[i], id), `${step.id}: ${id}`).toBe(true);
			});
		});
		it('names the countries in view at zoomed steps too', () => {
			const tower = model.steps.find((s) => s.id === 'map-tower-22')!;
			for (const layout of ['wide', 'narrow'] as const) {
				const names = tower.countryLabels[layout].map((l) => l.id);
				expect(names, layout).toEqual(expect.arrayContaining(['760', '368', '400']));
			}
		});
	});

	describe(`the footprint panels (${edition.code})`, () => {
		const fp = buildFootprint(geo, data.places.places, data.troops, data.story, edition, localizeUi(edition.code as Lang));
		it('has one panel per date, each site in its state that day', () => {
			expect(fp.panels.map((p) => p.date)).toEqual(data.story.footprint.panels.map((p) => p.date));
			for (const panel of fp.panels)
				for (const place of data.places.places.filter((p) => p.status)) {
					const st = siteStateAt(place, panel.date);
					expect(panel.sites.some((s) => s.id === place.id), `${panel.date} ${place.id}`).toBe(!!st);
				}
		});
		it("shows each series' latest figure on or before the panel's date", () => {
			for (const panel of fp.panels)
				for (const f of panel.figures) {
					const series = data.troops.series.find((s) => s.id === f.series)!;
					const earlier = series.points.filter((p) => dateEndTime(p.date) <= dateStartTime(panel.date));
					expect(earlier.length).toBeGreaterThan(0);
					expect(f.figure, `${panel.date} ${f.series}`).toBe(formatFigure(earlier.at(-1)!, edition, localizeUi(edition.code as Lang)));
				}
		});
		it('shows fewer sites with forces at the last date than at the first', () => {
			expect(fp.panels.at(-1)!.counts.present ?? 0).toBeLessThan(fp.panels[0].counts.present ?? 0);
		});
		it('draws each site once, a square of its symbol centred on it, sites with forces last', () => {
			for (const panel of fp.panels) {
				const squares = panel.marks.flatMap((m) => [...m.squares.matchAll(/M([-\d.]+) ([-\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+z/g)].map((q) => ({ symbol: m.symbol, x: +q[1] + +q[3] / 2, y: +q[2] + +q[4] / 2, side: +q[3] })));
				expect(squares.length, panel.date).toBe(panel.sites.length);
				for (const s of panel.sites) expect(squares.some((q) => q.symbol === s.symbol && Math.abs(q.x - s.x) < 0.11 && Math.abs(q.y - s.y) < 0.11), `${panel.date} ${s.id}`).toBe(true);
				expect(new Set(squares.map((q) => q.side))).toEqual(new Set([2 * SITE_GEOMETRY.half]));
				// Half-filled squares only for sites drawing down.
				for (const m of panel.marks) expect(m.halves !== null, `${panel.date} ${m.symbol}`).toBe(m.symbol === 'leaving');
				if (panel.marks.some((m) => m.symbol === 'present')) expect(panel.marks.at(-1)!.symbol).toBe('present');
			}
		});
		it('lists in its legend the symbols its panels draw', () => {
			expect(new Set(fp.legend.map((e) => e.key))).toEqual(new Set(fp.panels.flatMap((p) => p.sites.map((s) => s.symbol))));
		});
	});
}

function localizeUi(lang: Lang): Record<string, string> {
	return Object.fromEntries(Object.entries(data.story.ui).map(([k, v]) => [k, localize(v, lang)]));
}
