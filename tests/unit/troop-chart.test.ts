import { dataEnd } from '../../src/lib/data/updated';
import { describe, expect, it } from 'vitest';
import { buildTroopChart, MARK_RADIUS } from '../../src/lib/charts/troops/model';
import { boundOf, lineKindOf, lineRuns } from '../../src/lib/charts/troops/joining';
import { dateToTime } from '../../src/lib/data/dates';
import type { TroopPointT } from '../../src/lib/data/schema';
import { realData } from './helpers';

const pt = (date: string, value: number, kind: TroopPointT['kind'] = 'official', extra: Partial<TroopPointT> = {}): TroopPointT => ({ date, value, kind, sources: ['R1'], ...extra });

describe('the joining rule', () => {
	const dates = (runs: { points: TroopPointT[] }[]) => runs.map((r) => r.points.map((p) => p.date));
	it('never joins figures across a period with no figure', () => {
		const runs = lineRuns([pt('2011-12-05', 9500), pt('2011-12-18', 500), pt('2014-09', 820), pt('2014-10-15', 1400)], [{ from: '2011-12-18', to: '2014-06-19' }]);
		expect(dates(runs)).toEqual([
			['2011-12-05', '2011-12-18'],
			['2014-09', '2014-10-15']
		]);
	});
	it('joins only neighbours of the same kind: an approximation between two official counts breaks the line', () => {
		const runs = lineRuns([pt('2020-09-09', 5200), pt('2020-11-17', 3000), pt('2021-07-26', 2500, 'approximate'), pt('2021-12-09', 2500, 'approximate'), pt('2022-06', 2400)], []);
		expect(runs.map((r) => [r.kind, r.points.map((p) => p.value)])).toEqual([
			['official', [5200, 3000]],
			['approximate', [2500, 2500]]
		]);
	});
	it('draws caps apart from counts, and leaves disputed figures and figures marked connect: false unjoined', () => {
		const runs = lineRuns([pt('2016-06', 4087, 'authorised'), pt('2016-07-11', 4647, 'authorised'), pt('2017-09-30', 8892, 'disputed'), pt('2017-12-06', 5200, 'authorised'), pt('2025-11-26', 1500, 'unofficial', { connect: false }), pt('2026-01', 1400, 'unofficial')], []);
		expect(runs.map((r) => [r.kind, r.points.map((p) => p.value)])).toEqual([['authorised', [4087, 4647, 5200]]]);
		expect(lineKindOf(pt('2017-09-30', 8892, 'disputed'))).toBeNull();
	});
	it('breaks the line where a series starts a new count', () => {
		const change = { note: { en: 'New way of counting.' }, sources: ['R61'] };
		const runs = lineRuns([pt('2023-11-17', 900, 'official'), pt('2024-09-27', 900, 'official'), pt('2024-12-19', 2000, 'official', { countChange: change } as Partial<TroopPointT>), pt('2025-04-18', 2000, 'official')], []);
		expect(dates(runs)).toEqual([
			['2023-11-17', '2024-09-27'],
			['2024-12-19', '2025-04-18']
		]);
	});
	it('draws a bound as a bound: "fewer than" and "more than" are never on a line', () => {
		const fewer = pt('2025-10', 2000, 'unofficial', { qualifier: 'fewer-than' });
		expect(boundOf(fewer)).toBe('below');
		expect(boundOf(pt('2014-10-15', 1400, 'approximate', { qualifier: 'more-than' }))).toBe('above');
		// A cap "up to" a number is the cap itself, not a bound.
		expect(boundOf(pt('2014-06-19', 300, 'authorised', { qualifier: 'up-to' }))).toBeNull();
		const runs = lineRuns([pt('2025-08-25', 2000, 'unofficial'), fewer, pt('2025-12', 1800, 'unofficial')], []);
		expect(runs.map((r) => r.points.map((p) => p.date))).toEqual([['2025-08-25', '2025-12']]);
	});
});

describe('the joining rule on the real data', () => {
	const data = realData();
	const syria = data.troops.series.find((s) => s.id === 'syria')!;
	it("does not join Syria's December 2024 figure to the 900s before it, and says why", () => {
		const dec = syria.points.find((p) => p.date === '2024-12-19')!;
		expect(dec.countChange?.sources.length).toBeGreaterThan(0);
		for (const run of lineRuns(syria.points, syria.gaps)) {
			const i = run.points.indexOf(dec);
			if (i > 0) throw new Error(`joined to ${run.points[i - 1].date}`);
		}
		const chart = buildTroopChart(data.troops, data.story.troops.steps, { start: data.story.meta.start, updated: dataEnd(data) }, String, false, { notes: [], figure: () => '', countChange: 'New count', type: { wide: 13, narrow: 21 } });
		const last = chart.steps.at(-1)!;
		expect(last.breaks.map((b) => b.id)).toContain(`syria:${syria.points.indexOf(dec)}`);
		expect(last.labels.wide.some((n) => n.id.startsWith('count:syria'))).toBe(true);
	});
	it('draws every "fewer than" figure as a bound, off the lines', () => {
		const chart = buildTroopChart(data.troops, data.story.troops.steps, { start: data.story.meta.start, updated: dataEnd(data) }, String);
		const fewer = chart.marks.filter((m) => data.troops.series.find((s) => s.id === m.series)!.points[m.index].qualifier === 'fewer-than');
		expect(fewer.length).toBeGreaterThan(0);
		for (const m of fewer) {
			expect(m.bound).toBe('below');
			for (const l of chart.lines.filter((x) => x.series === m.series)) expect(l.d).not.toContain(`${m.x},${m.y}`);
		}
	});
});

describe('troop chart model', () => {
	const data = realData();
	const chart = buildTroopChart(data.troops, data.story.troops.steps, { start: data.story.meta.start, updated: dataEnd(data) }, String);
	const { plot } = chart;

	it('has a mark for every figure in the data', () => {
		expect(chart.marks.length).toBe(data.troops.series.reduce((n, s) => n + s.points.length, 0));
	});
	it('shows each step its own time window, with its figures inside the plot', () => {
		data.story.troops.steps.forEach((step, i) => {
			const v = chart.steps[i];
			const inside = chart.marks.filter((m) => step.series.includes(m.series as 'iraq') && dateToTime(m.date) >= dateToTime(step.from) && dateToTime(m.date) <= dateToTime(step.to));
			expect(inside.length, step.id).toBeGreaterThan(0);
			for (const m of inside) {
				const x = m.x * v.sx + v.tx;
				const y = m.y * v.sy + v.ty;
				// A whole mark, not only its centre, stays inside the plot.
				expect(x - MARK_RADIUS.narrow).toBeGreaterThanOrEqual(plot.x0 - 0.5);
				expect(x + MARK_RADIUS.narrow).toBeLessThanOrEqual(plot.x1 + 0.5);
				expect(y - MARK_RADIUS.narrow).toBeGreaterThanOrEqual(plot.y0 - 0.5);
				expect(y + MARK_RADIUS.narrow).toBeLessThanOrEqual(plot.y1 + 0.5);
			}
		});
	});
	it('scales the y axis to the figures in view, so small numbers stay legible', () => {
		const last = chart.steps[chart.steps.length - 1];
		expect(Math.max(...last.yTicks.map((t) => t.value))).toBeLessThan(10000);
		expect(Math.max(...chart.overview.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(150000);
	});
});

describe('troop chart overview', () => {
	const data = realData();
	const chart = buildTroopChart(data.troops, data.story.troops.steps, { start: data.story.meta.start, updated: dataEnd(data) }, String);
	it('is the base coordinate system, so marks stand at their own coordinates', () => {
		expect(chart.overview).toMatchObject({ sx: 1, tx: 0, sy: 1, ty: 0 });
	});
	it('places each figure at its value on the overview axis', () => {
		const ticks = chart.overview.yTicks;
		const [a, b] = [ticks[0], ticks[ticks.length - 1]];
		const valueAt = (y: number) => a.value + ((y - a.y) / (b.y - a.y)) * (b.value - a.value);
		for (const m of chart.marks) expect(Math.abs(valueAt(m.y) - m.value)).toBeLessThan(Math.max(50, m.value * 0.01));
	});
});
