/**
 * Outlines for small maps (insets, small multiples): SVG paths with whole-unit coordinates and
 * no repeated points. At a few hundred units across, the detail that is dropped is finer than a
 * pixel, and the paths are a fraction of the size.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import { compactPath } from './compact-path';

export function coarsePath(projection: GeoProjection, features: Feature[]): string {
	const raw = features.map((f) => geoPath(projection).digits(0)(f) ?? '').join('');
	// Each ring: "M x,y L x,y … Z". Keep a point only when it differs from the one before.
	const rings = raw.replace(/M[^MZ]*Z?/g, (ring) => {
		const closed = ring.endsWith('Z');
		const points = ring.replace(/[MZ]/g, '').split('L').filter(Boolean);
		const kept = points.filter((p, i) => i === 0 || p !== points[i - 1]);
		return kept.length < 3 ? '' : `M${kept.join('L')}${closed ? 'Z' : ''}`;
	});
	return compactPath(rings, 0);
}
