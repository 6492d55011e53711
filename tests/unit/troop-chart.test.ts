import { describe, expect, it } from 'vitest';
import { buildTroopChart, familyOf, LAYOUTS, lineRuns, MARK_RADIUS } from '../../src/lib/charts/troops/model';
import { dateToTime } from '../../src/lib/data/dates';
import type { TroopPointT } from '../../src/lib/data/schema';
import { realData } from './helpers';

const pt = (date: string, value: number, kind: TroopPointT['kind'] = 'official', extra: Partial<TroopPointT> = {}): TroopPointT => ({ date, value, kind, sources: ['R1'], ...extra });

describe('troop series', () => {
	it('never joins figures across a period with no figure', () => {
		const runs = lineRuns([pt('2011-12-05', 9500), pt('2011-12-18', 500), pt('2014-09', 820), pt('2014-10-15', 1400)], [{ from: '2011-12-18', to: '2014-06-19' }]);
		expect(runs.map((r) => r.points.map((p) => p.date))).toEqual([
			['2011-12-05', '2011-12-18'],
			['2014-09', '2014-10-15']
		]);
	});
	it('draws caps and counts as separate lines, and leaves disputed figures unjoined', () => {
		const runs = lineRuns([pt('2016-02-03', 3850), pt('2016-06', 4087, 'authorised'), pt('2016-07-11', 4647, 'authorised'), pt('2017-09-30', 8892, 'disputed'), pt('2017-12-06', 5200)], []);
		expect(runs.find((r) => r.family === 'cap')!.points.map((p) => p.value)).toEqual([4087, 4647]);
		expect(runs.find((r) => r.family === 'count')!.points.map((p) => p.value)).toEqual([3850, 5200]);
		expect(familyOf(pt('2017-09-30', 8892, 'disputed'))).toBeNull();
		expect(familyOf(pt('2025-11-26', 1500, 'unofficial', { connect: false }))).toBeNull();
	});
});

describe('troop chart model', () => {
	const data = realData();
	const chart = buildTroopChart(data.troops, data.story.troops.steps, data.story.meta, String);
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
	const chart = buildTroopChart(data.troops, data.story.troops.steps, data.story.meta, String);
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
