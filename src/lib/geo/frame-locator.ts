/**
 * The inset a zoomed map carries: the whole region, small, with the frame of the current view
 * drawn on it, so that a reader knows where a zoom is. The inset uses the main map's own
 * projection at a smaller width, so a view's frame is the same rectangle scaled down.
 */
import type { FeatureCollection } from 'geojson';
import { makeProjection } from './projection';
import { coarsePath } from './coarse-path';
import type { MapView } from '../charts/map/views';

/** The inset's width in map units (the map is 640 wide). */
export const FRAME_LOCATOR_WIDTH = 118;
const MARGIN = 8;

export interface FrameLocator {
	/** Where the inset stands in the map's frame. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The view's frame, in the inset's own units. */
	frame: { x: number; y: number; width: number; height: number };
}

/** The inset's countries (Iraq, Syria and Jordan) on a plain ground, drawn once per map. */
export function frameLocatorOutline(geo: FeatureCollection, mapWidth: number) {
	const projection = makeProjection(FRAME_LOCATOR_WIDTH).projection;
	const focus = new Set(['368', '760', '400']);
	const countries = geo.features.filter((f) => f.properties?.kind === 'country');
	return {
		focus: coarsePath(projection, countries.filter((f) => focus.has(String(f.id)))),
		scale: FRAME_LOCATOR_WIDTH / mapWidth
	};
}

/**
 * The inset for one view, in the corner with the fewest drawn points (the bottom-left corner
 * holds the scale bar).
 */
export function buildFrameLocator(view: MapView, width: number, height: number, points: { x: number; y: number }[]): FrameLocator {
	const s = FRAME_LOCATOR_WIDTH / width;
	const w = FRAME_LOCATOR_WIDTH;
	const h = Math.round(height * s);
	const corners = [
		{ x: MARGIN, y: MARGIN },
		{ x: width - w - MARGIN, y: MARGIN },
		{ x: width - w - MARGIN, y: height - h - MARGIN }
	];
	const inside = (c: { x: number; y: number }) => points.filter((p) => p.x > c.x - 14 && p.x < c.x + w + 14 && p.y > c.y - 14 && p.y < c.y + h + 14).length;
	const corner = corners.reduce((best, c) => (inside(c) < inside(best) ? c : best));
	const r = (v: number) => Math.round(v * 10) / 10;
	return {
		x: corner.x,
		y: corner.y,
		width: w,
		height: h,
		frame: { x: r((-view.tx / view.k) * s), y: r((-view.ty / view.k) * s), width: r((width / view.k) * s), height: r((height / view.k) * s) }
	};
}
