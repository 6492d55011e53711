/**
 * The troop chart, computed at build time. Every mark is placed once in the chart's full
 * (overview) coordinates; each story step is an affine view of them — a new time window and a
 * new y range — so the browser moves between steps by changing one transform.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { ChartStepT, TroopPointT, Troops } from '../../data/schema';
import { dateToTime } from '../../data/dates';

export const CHART = { width: 640, height: 400, top: 34, right: 16, bottom: 34, left: 12 } as const;

export type Family = 'count' | 'cap';
export const familyOf = (p: TroopPointT): Family | null =>
	p.connect === false || p.kind === 'disputed' ? null : p.kind === 'authorised' ? 'cap' : 'count';

export interface ChartMark {
	series: string;
	index: number;
	date: string;
	value: number;
	high?: number;
	kind: TroopPointT['kind'];
	x: number;
	y: number;
	yHigh?: number;
}

export interface ChartView {
	id: string;
	/** Affine from overview coordinates to this view: x' = x·sx + tx, y' = y·sy + ty. */
	sx: number;
	tx: number;
	sy: number;
	ty: number;
	series: string[];
	from: string;
	to: string;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; value: number }[];
}

export interface ChartModel {
	width: number;
	height: number;
	rtl: boolean;
	plot: { x0: number; x1: number; y0: number; y1: number };
	marks: ChartMark[];
	/** Polylines in overview coordinates: one per unbroken run of comparable figures. */
	lines: { series: string; family: Family; d: string }[];
	gaps: { series: string; x0: number; x1: number; index: number }[];
	overview: ChartView;
	steps: ChartView[];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The one rule for "a figure in a step's period": its date falls between the step's from and
 * to, as the chart places dates (a month-only date mid-month). The chart's view and the step's
 * list of figures both use it.
 */
export const inPeriod = (date: string, from: string, to: string) => dateToTime(date) >= dateToTime(from) && dateToTime(date) <= dateToTime(to);

/** Runs of figures that may be joined by a line: same family, in date order, not across a gap. */
export function lineRuns(points: TroopPointT[], gaps: { from: string; to: string }[]): { family: Family; points: TroopPointT[] }[] {
	const runs: { family: Family; points: TroopPointT[] }[] = [];
	const sorted = [...points].sort((a, b) => dateToTime(a.date) - dateToTime(b.date));
	for (const family of ['count', 'cap'] as Family[]) {
		let run: TroopPointT[] = [];
		let last: TroopPointT | undefined;
		for (const p of sorted.filter((q) => familyOf(q) === family)) {
			const crossesGap =
				last && gaps.some((g) => dateToTime(g.from) < dateToTime(p.date) && dateToTime(g.to) > dateToTime(last!.date));
			if (crossesGap) {
				if (run.length > 1) runs.push({ family, points: run });
				run = [];
			}
			run.push(p);
			last = p;
		}
		if (run.length > 1) runs.push({ family, points: run });
	}
	return runs;
}

/** With `rtl`, time runs right to left, as Arabic readers expect of a time axis. */
/** The chart spans the story's time (`meta.start` to `meta.updated` in story.json). */
export function buildTroopChart(troops: Troops, steps: ChartStepT[], span: { start: string; updated: string }, yearLabel: (year: number) => string, rtl = false): ChartModel {
	const { updated } = span;
	// The span opens on the first day of its start month (or year).
	const start = span.start.length === 4 ? `${span.start}-01-01` : span.start.length === 7 ? `${span.start}-01` : span.start;
	const { width, height, top, right, bottom, left } = CHART;
	const plot = { x0: left, x1: width - right, y0: top, y1: height - bottom };
	const xRange = rtl ? [plot.x1, plot.x0] : [plot.x0, plot.x1];
	const all = troops.series.flatMap((s) => s.points);
	const maxAll = Math.max(...all.map((p) => p.high ?? p.value));
	// A view's y range: its largest figure plus headroom, rounded to a nice number.
	const yScale = (max: number) => scaleLinear().domain([0, max * 1.08]).nice(4).range([plot.y1, plot.y0]);
	// The overview is the base coordinate system, so its view is the identity.
	const x = scaleUtc().domain([dateToTime(start), dateToTime(updated)]).range(xRange);
	const y = yScale(maxAll);

	const marks: ChartMark[] = troops.series.flatMap((s) =>
		s.points.map((p, index) => ({
			series: s.id,
			index,
			date: p.date,
			value: p.value,
			high: p.high,
			kind: p.kind,
			x: r2(x(dateToTime(p.date))),
			y: r2(y(p.value)),
			yHigh: p.high !== undefined ? r2(y(p.high)) : undefined
		}))
	);
	const lines = troops.series.flatMap((s) =>
		lineRuns(s.points, s.gaps).map((run) => ({
			series: s.id,
			family: run.family,
			d: 'M' + run.points.map((p) => `${r2(x(dateToTime(p.date)))},${r2(y(p.value))}`).join('L')
		}))
	);
	const gaps = troops.series.flatMap((s) =>
		s.gaps.map((g, index) => {
			const [a, b] = [r2(x(dateToTime(g.from))), r2(x(dateToTime(g.to)))];
			return { series: s.id, index, x0: Math.min(a, b), x1: Math.max(a, b) };
		})
	);

	const view = (id: string, from: string, to: string, series: string[]): ChartView => {
		const t0 = dateToTime(from);
		const t1 = dateToTime(to);
		const inWindow = troops.series
			.filter((s) => series.includes(s.id))
			.flatMap((s) => s.points)
			.filter((p) => inPeriod(p.date, from, to));
		const max = Math.max(100, ...inWindow.map((p) => p.high ?? p.value));
		const vy = yScale(max);
		const vx = scaleUtc().domain([t0, t1]).range(xRange);
		// Overview coordinates back to data, then into this view.
		const sx = (vx(t1) - vx(t0)) / (x(t1) - x(t0));
		const tx = vx(t0) - x(t0) * sx;
		const sy = (vy(maxAll) - vy(0)) / (y(maxAll) - y(0));
		// (For the overview itself, vx and vy are x and y: sx = sy = 1, tx = ty = 0.)
		const ty = vy(0) - y(0) * sy;
		const y0 = new Date(t0).getUTCFullYear();
		const y1 = new Date(t1).getUTCFullYear();
		const span = y1 - y0;
		const every = span > 16 ? 5 : span > 8 ? 2 : 1;
		const xTicks: ChartView['xTicks'] = [];
		for (let yr = y0 + 1; yr <= y1; yr++) {
			if (yr % every !== 0) continue;
			const px = vx(Date.UTC(yr, 0, 1));
			if (px < plot.x0 + 14 || px > plot.x1 - 14) continue;
			xTicks.push({ x: r2(px), label: yearLabel(yr) });
		}
		const yTicks = vy.ticks(4).map((v) => ({ y: r2(vy(v)), value: v }));
		return { id, sx: r2(sx * 1e4) / 1e4, tx: r2(tx), sy: r2(sy * 1e4) / 1e4, ty: r2(ty), series, from, to, xTicks, yTicks };
	};

	const seriesIds = troops.series.map((s) => s.id);
	return {
		width,
		height,
		rtl,
		plot,
		marks,
		lines,
		gaps,
		overview: view('overview', start, updated, seriesIds),
		steps: steps.map((s) => view(s.id, s.from, s.to, s.series))
	};
}
