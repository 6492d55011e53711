/**
 * The troop chart's state at each step, as it travels from the server render to the browser
 * script: an affine view of the overview coordinates (x·sx + tx, y·sy + ty) and the series it
 * emphasises. Pure, and shared by TroopChart.svelte and client/graphics.ts.
 */
export interface ChartViewState {
	sx: number;
	tx: number;
	sy: number;
	ty: number;
	series: string[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const encodeChartViews = (views: ChartViewState[]): string =>
	JSON.stringify(views.map(({ sx, tx, sy, ty, series }) => ({ sx, tx, sy, ty, series })));

export function decodeChartViews(text: string | undefined): ChartViewState[] {
	try {
		const list = JSON.parse(text ?? '[]');
		if (
			Array.isArray(list) &&
			list.every((v) => v && [v.sx, v.tx, v.sy, v.ty].every(isNumber) && Array.isArray(v.series) && v.series.every((s: unknown) => typeof s === 'string'))
		)
			return list as ChartViewState[];
	} catch {
		/* not ours: fall through */
	}
	return [];
}

export const viewX = (v: ChartViewState, x: number) => x * v.sx + v.tx;
export const viewY = (v: ChartViewState, y: number) => y * v.sy + v.ty;
/** The lines' layer: one transform moves every line into the view. */
export const linesTransform = (v: ChartViewState) => `translate(${v.tx}px, ${v.ty}px) scale(${v.sx}, ${v.sy})`;
/** A mark's place in the view, as a CSS transform. */
export const markTransform = (v: ChartViewState, x: number, y: number) => `translate(${viewX(v, x).toFixed(1)}px, ${viewY(v, y).toFixed(1)}px)`;

/** A mark's radius in chart units, wide and narrow (the narrow layout draws marks 1.4× larger). */
export const MARK_RADIUS = { wide: 6, narrow: 8.5 } as const;

/** Whether a whole mark at overview x falls inside the plot in this view (the narrow layout's larger marks included). */
export const markInPlot = (v: ChartViewState, x: number, plot: { x0: number; x1: number }, radius: number = MARK_RADIUS.narrow) => {
	const vx = viewX(v, x);
	return vx >= plot.x0 + radius && vx <= plot.x1 - radius;
};
