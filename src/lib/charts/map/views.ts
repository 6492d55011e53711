/**
 * The map's state at each step, as it travels from the server render to the browser script:
 * a zoom (k) and a shift (tx, ty) in viewBox units. Pure, and shared by Map.svelte (which
 * renders the current state) and client/graphics.ts (which moves between states), so the maths
 * is written once.
 */
export interface MapView {
	k: number;
	tx: number;
	ty: number;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const encodeMapViews = (views: MapView[]): string => JSON.stringify(views.map(({ k, tx, ty }) => ({ k, tx, ty })));

export function decodeMapViews(text: string | undefined): MapView[] {
	try {
		const list = JSON.parse(text ?? '[]');
		if (Array.isArray(list) && list.every((v) => v && isNumber(v.k) && isNumber(v.tx) && isNumber(v.ty))) return list as MapView[];
	} catch {
		/* not ours: fall through */
	}
	return [];
}

/** The base map layer's CSS transform, in shares of the frame so it holds at any rendered size. */
export const baseTransform = (view: MapView, width: number, height: number) =>
	`translate(${((view.tx / width) * 100).toFixed(3)}%, ${((view.ty / height) * 100).toFixed(3)}%) scale(${view.k})`;

/** Where a point of the unzoomed map stands in this view, as a CSS transform. */
export const pointTransform = (view: MapView, x: number, y: number) => `translate(${(x * view.k + view.tx).toFixed(1)}px, ${(y * view.k + view.ty).toFixed(1)}px)`;
