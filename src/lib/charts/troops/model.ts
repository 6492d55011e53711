/**
 * The troop chart, computed at build time. Every mark is placed once in the chart's full
 * (overview) coordinates; each story step is an affine view of them — a new time window and a
 * new y range — so the browser moves between steps by changing one transform.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { ChartStepT, TroopPointT, Troops } from '../../data/schema';
import { dateToTime } from '../../data/dates';
import { placeNotes, type NoteRequest, type PlacedNote, type Segment } from './annotate';
import { overlap, type Box } from '../../geo/labels';

export const CHART = { width: 640, height: 400, top: 34, right: 16, bottom: 52, left: 12 } as const;
/** Marks sit this far inside the plot's edges, so none is cut by them. */
export const INSET = 10;
/** Each series' "no published figure" band has its own lane under the time axis. */
export const LANE = { offset: 4, height: 5, step: 7 } as const;
/** The whole arc in small, drawn at zoomed steps with the step's window on it. */
export const STRIP = { width: 150, height: 24, y: 3 } as const;
import { MARK_RADIUS } from './views';
export { MARK_RADIUS };
export type ChartLayout = keyof typeof MARK_RADIUS;
export const LAYOUTS: ChartLayout[] = ['wide', 'narrow'];

import { boundOf, lineRuns, type LineKind } from './joining';
export { lineRuns };
export interface ChartMark {
	series: string;
	index: number;
	date: string;
	value: number;
	high?: number;
	kind: TroopPointT['kind'];
	/** A figure given as a limit: drawn as a bound (an arrow from a bar), never on a line. */
	bound: 'below' | 'above' | null;
	/** The figure starts a new count: the line breaks before it. */
	countChange: boolean;
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
	/** The scale's values; `hidden` lists the layouts where the number would lie under a mark, and is left out. */
	yTicks: { y: number; value: number; hidden?: ChartLayout[] }[];
	/** Whether the view spans the whole arc (the turning points are written on it). */
	full: boolean;
	/** The figures this step names, written beside their marks, per layout; on a zoomed view, also a new count's note (`count:…`) and the turning points within it that find room (`note-…`). */
	labels: Record<ChartLayout, PlacedNote[]>;
	/** The view's window on the small whole-arc strip (zoomed views only). */
	window?: { x0: number; x1: number };
	/** Where a series starts a new count in this view: the line breaks there, with a note. */
	breaks: { id: string; x: number }[];
}

export interface ChartModel {
	width: number;
	height: number;
	rtl: boolean;
	plot: { x0: number; x1: number; y0: number; y1: number };
	marks: ChartMark[];
	/** Polylines in overview coordinates: one per unbroken run of comparable figures. */
	lines: { series: string; kind: LineKind; d: string }[];
	gaps: { series: string; x0: number; x1: number; y: number; height: number; index: number }[];
	overview: ChartView;
	steps: ChartView[];
	/** The turning points, written on whole-arc views, per layout. */
	notes: Record<ChartLayout, PlacedNote[]>;
	/** Where the small whole-arc strip sits and how the overview maps into it. */
	strip: { x: number; y: number; width: number; height: number; sx: number; sy: number; tx: number; ty: number };
}

export interface ChartText {
	/** The turning points, with their text in this edition. */
	notes: { date: string; series: string; text: string; nudge?: { dx: number; dy: number } }[];
	/** A figure as written on the chart. */
	figure: (series: string, index: number) => string;
	/** The short note where a series starts a new count. */
	countChange: string;
	/** Text sizes in chart units, per layout. */
	type: Record<ChartLayout, number>;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The one rule for "a figure in a step's period": its date falls between the step's from and
 * to, as the chart places dates (a month-only date mid-month). The chart's view and the step's
 * list of figures both use it.
 */
export const inPeriod = (date: string, from: string, to: string) => dateToTime(date) >= dateToTime(from) && dateToTime(date) <= dateToTime(to);

/** A series' value at a date: its figure there, or the straight line between its neighbours. */
function valueAt(points: TroopPointT[], date: string): number {
	const t = dateToTime(date);
	const sorted = [...points].sort((a, b) => dateToTime(a.date) - dateToTime(b.date));
	const after = sorted.findIndex((p) => dateToTime(p.date) >= t);
	if (after <= 0) return (sorted[Math.max(0, after)] ?? sorted.at(-1)!).value;
	const [a, b] = [sorted[after - 1], sorted[after]];
	const ta = dateToTime(a.date);
	const tb = dateToTime(b.date);
	return tb === ta ? b.value : a.value + ((b.value - a.value) * (t - ta)) / (tb - ta);
}

/** With `rtl`, time runs right to left, as Arabic readers expect of a time axis. */
/** The chart spans the story's time: `meta.start` in story.json to the newest dated entry (data/updated.ts). */
export function buildTroopChart(
	troops: Troops,
	steps: ChartStepT[],
	span: { start: string; updated: string },
	yearLabel: (year: number) => string,
	rtl = false,
	text: ChartText = { notes: [], figure: () => '', countChange: '', type: { wide: 13, narrow: 21 } }
): ChartModel {
	const { updated } = span;
	// The span opens on the first day of its start month (or year).
	const start = span.start.length === 4 ? `${span.start}-01-01` : span.start.length === 7 ? `${span.start}-01` : span.start;
	const { width, height, top, right, bottom, left } = CHART;
	const plot = { x0: left, x1: width - right, y0: top, y1: height - bottom };
	const xRange = rtl ? [plot.x1 - INSET, plot.x0 + INSET] : [plot.x0 + INSET, plot.x1 - INSET];
	const all = troops.series.flatMap((s) => s.points);
	const maxAll = Math.max(...all.map((p) => p.high ?? p.value));
	// A view's y range: its largest figure plus headroom, rounded to a nice number.
	const yScale = (max: number) => scaleLinear().domain([0, max * 1.08]).nice(4).range([plot.y1 - INSET, plot.y0]);
	// The overview is the base coordinate system, so its view is the identity.
	const x = scaleUtc().domain([dateToTime(start), dateToTime(updated)]).range(xRange);
	const y = yScale(maxAll);
	// The turning points, in overview coordinates: written on the whole arc, and on a zoomed view
	// within its period.
	const turningPoints = text.notes.flatMap((n, i) => {
		const s = troops.series.find((q) => q.id === n.series);
		return s ? [{ id: `note-${i}`, text: n.text, series: n.series, date: n.date, x: r2(x(dateToTime(n.date))), y: r2(y(valueAt(s.points, n.date))), nudge: n.nudge }] : [];
	});

	const marks: ChartMark[] = troops.series.flatMap((s) =>
		s.points.map((p, index) => ({
			series: s.id,
			index,
			date: p.date,
			value: p.value,
			high: p.high,
			kind: p.kind,
			bound: boundOf(p),
			countChange: !!p.countChange,
			x: r2(x(dateToTime(p.date))),
			y: r2(y(p.value)),
			yHigh: p.high !== undefined ? r2(y(p.high)) : undefined
		}))
	);
	const runs = troops.series.flatMap((s) => lineRuns(s.points, s.gaps).map((run) => ({ series: s.id, kind: run.kind, xy: run.points.map((p) => [r2(x(dateToTime(p.date))), r2(y(p.value))] as const) })));
	const lines = runs.map((run) => ({ series: run.series, kind: run.kind, d: 'M' + run.xy.map(([px, py]) => `${px},${py}`).join('L') }));
	const gaps = troops.series.flatMap((s, si) =>
		s.gaps.map((g, index) => {
			const [a, b] = [r2(x(dateToTime(g.from))), r2(x(dateToTime(g.to)))];
			return { series: s.id, index, x0: Math.min(a, b), x1: Math.max(a, b), y: plot.y1 + LANE.offset + si * LANE.step, height: LANE.height };
		})
	);

	const stripX = rtl ? plot.x0 : plot.x1 - STRIP.width;
	const strip = {
		x: stripX,
		y: STRIP.y,
		width: STRIP.width,
		height: STRIP.height,
		sx: r2((STRIP.width / (plot.x1 - plot.x0)) * 1e4) / 1e4,
		sy: r2((STRIP.height / (plot.y1 - plot.y0)) * 1e4) / 1e4,
		tx: 0,
		ty: 0
	};
	strip.tx = r2(stripX - plot.x0 * strip.sx);
	strip.ty = r2(STRIP.y - plot.y0 * strip.sy);
	const stripBox: Box = { x0: stripX - 4, y0: 0, x1: stripX + STRIP.width + 4, y1: STRIP.y + STRIP.height + 4 };
	const noteFrame: Box = { x0: plot.x0 + 2, y0: plot.y0 - 6, x1: plot.x1 - 2, y1: plot.y1 - 2 };

	/** Where a number of the scale is written: above its rule, at the plot's reading start. */
	const yLabelBox = (t: { y: number; value: number }, fs: number): Box => {
		const w = t.value.toLocaleString('en').length * fs * 0.6 + 4;
		return rtl ? { x0: plot.x1 - w, y0: t.y - 5 - fs, x1: plot.x1, y1: t.y - 1 } : { x0: plot.x0, y0: t.y - 5 - fs, x1: plot.x0 + w, y1: t.y - 1 };
	};

	type Affine = { sx: number; tx: number; sy: number; ty: number };
	/** A figure's mark in a view, with its bound's reach (a "fewer than" bar), at a layout's mark radius. */
	const markBox = (m: ChartMark, v: Affine, r: number): Box => {
		const mx = m.x * v.sx + v.tx;
		const my = m.y * v.sy + v.ty;
		return { x0: mx - r, y0: Math.min(my, m.yHigh !== undefined ? m.yHigh * v.sy + v.ty : my) - r, x1: mx + r, y1: my + r };
	};

	/** What a note must keep clear of in a view: its axis labels, its marks and its lines. */
	const obstacles = (v: { sx: number; tx: number; sy: number; ty: number; yTicks: { y: number; value: number }[] }, layout: ChartLayout) => {
		const fs = text.type[layout];
		const X = (px: number) => px * v.sx + v.tx;
		const Y = (py: number) => py * v.sy + v.ty;
		const r = MARK_RADIUS[layout];
		const boxes: Box[] = v.yTicks.map((t) => yLabelBox(t, fs));
		boxes.push(stripBox);
		for (const m of marks) {
			const mx = X(m.x);
			if (mx < plot.x0 || mx > plot.x1) continue;
			boxes.push(markBox(m, v, r));
		}
		const segments: Segment[] = runs.flatMap((run) => run.xy.slice(1).map(([px, py], i) => ({ x1: X(run.xy[i][0]), y1: Y(run.xy[i][1]), x2: X(px), y2: Y(py) })));
		return { fontSize: fs, markRadius: r, frame: noteFrame, boxes, segments, maxWidth: fs * 7 };
	};

	const view = (id: string, from: string, to: string, series: string[], labels: { series: string; date: string }[] = [], notes?: Record<ChartLayout, PlacedNote[]>): ChartView => {
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
		const yearSpan = y1 - y0;
		const every = yearSpan > 16 ? 5 : yearSpan > 8 ? 2 : 1;
		const xTicks: ChartView['xTicks'] = [];
		for (let yr = y0 + 1; yr <= y1; yr++) {
			if (yr % every !== 0) continue;
			const px = vx(Date.UTC(yr, 0, 1));
			if (px < plot.x0 + 14 || px > plot.x1 - 14) continue;
			xTicks.push({ x: r2(px), label: yearLabel(yr) });
		}
		const affine = { sx: r2(sx * 1e4) / 1e4, tx: r2(tx), sy: r2(sy * 1e4) / 1e4, ty: r2(ty) };
		// A number of the scale that a figure's mark would cover is left out, in the layout where it
		// would be (the rules stay, the zero rule stands out, and the others name the scale).
		const yTicks: ChartView['yTicks'] = vy.ticks(4).map((v) => ({ y: r2(vy(v)), value: v }));
		for (const t of yTicks) {
			const hidden = LAYOUTS.filter((layout) => {
				const box = yLabelBox(t, text.type[layout]);
				return marks.some((m) => series.includes(m.series) && overlap(box, markBox(m, affine, MARK_RADIUS[layout])));
			});
			if (hidden.length) t.hidden = hidden;
		}
		// At least two numbers name the scale in each layout: the highest come back first.
		for (const layout of LAYOUTS)
			for (const t of [...yTicks].reverse()) {
				if (yTicks.filter((u) => !u.hidden?.includes(layout)).length >= 2) break;
				t.hidden = t.hidden?.filter((l) => l !== layout);
				if (!t.hidden?.length) delete t.hidden;
			}
		// A view of (nearly) the whole span: its months may start mid-month, as the chart places them.
		const full = t1 - t0 >= 0.97 * (dateToTime(updated) - dateToTime(start));
		const placed = {} as Record<ChartLayout, PlacedNote[]>;
		// Drawn where its note fits: on zoomed views (the whole arc has no room for the note).
		const breaks = marks
			.filter((m) => !full && m.countChange && series.includes(m.series))
			.map((m) => ({ id: `${m.series}:${m.index}`, x: r2(m.x * affine.sx + affine.tx), y: m.y * affine.sy + affine.ty }))
			.filter((b) => b.x >= plot.x0 && b.x <= plot.x1);
		for (const layout of LAYOUTS) {
			const env = obstacles({ ...affine, yTicks }, layout);
			for (const b of breaks) env.segments.push({ x1: b.x, y1: plot.y0, x2: b.x, y2: plot.y1 });
			// On a whole-arc view the turning points are there already: the figures keep clear of them.
			for (const n of full && notes ? notes[layout] : []) {
				env.boxes.push(n.box);
				if (n.leader) env.boxes.push({ x0: n.leader.x1 - 1, y0: Math.min(n.leader.y1, n.leader.y2), x1: n.leader.x1 + 1, y1: Math.max(n.leader.y1, n.leader.y2) });
			}
			const requests: NoteRequest[] = labels.flatMap((l) => {
				const m = marks.find((mk) => mk.series === l.series && mk.date === l.date);
				return m ? [{ id: `${m.series}:${m.index}`, text: text.figure(m.series, m.index), x: m.x * affine.sx + affine.tx, y: m.y * affine.sy + affine.ty, bold: true }] : [];
			});
			// A new count is explained where it starts, on zoomed views (the whole arc has no room).
			if (!full) for (const b of breaks) requests.push({ id: `count:${b.id}`, text: text.countChange, x: b.x, y: b.y });
			// The turning points within a zoomed view are written on it too, after its own figures and
			// where there is room: the reader sees there what happened when (the talks, the drawdown).
			// One at a point whose figure the step already names would only crowd it.
			if (!full)
				for (const t of turningPoints) {
					if (!series.includes(t.series) || !inPeriod(t.date, from, to) || labels.some((l) => l.series === t.series && l.date === t.date)) continue;
					const tx = t.x * affine.sx + affine.tx;
					if (tx >= plot.x0 && tx <= plot.x1) requests.push({ id: t.id, text: t.text, x: tx, y: t.y * affine.sy + affine.ty });
				}
			placed[layout] = placeNotes(requests, env);
		}
		const win = [x(t0) * strip.sx + strip.tx, x(t1) * strip.sx + strip.tx];
		return {
			id,
			...affine,
			series,
			from,
			to,
			xTicks,
			yTicks,
			full,
			labels: placed,
			breaks: breaks.map(({ id, x: bx }) => ({ id, x: bx })),
			window: full ? undefined : { x0: r2(Math.min(...win)), x1: r2(Math.max(...win)) }
		};
	};

	const seriesIds = troops.series.map((s) => s.id);
	const base = view('overview', start, updated, seriesIds);
	// The turning points, on the overview's own axes, lines and marks.
	const notes = {} as Record<ChartLayout, PlacedNote[]>;
	for (const layout of LAYOUTS) {
		const requests: NoteRequest[] = turningPoints.map((t) => ({ id: t.id, text: t.text, x: t.x, y: t.y, prefer: t.nudge && { dx: rtl ? -t.nudge.dx : t.nudge.dx, dy: t.nudge.dy } }));
		notes[layout] = placeNotes(requests, obstacles(base, layout));
	}
	return {
		width,
		height,
		rtl,
		plot,
		marks,
		lines,
		gaps,
		overview: base,
		steps: steps.map((s) => view(s.id, s.from, s.to, s.series, s.labels, notes)),
		notes,
		strip
	};
}
