/** The small locator beside timeline events: Iraq, Syria and Jordan in outline, with a dot for the place. */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { baseProjection } from './projection';
import { compactPath } from './compact-path';

export const LOCATOR = { width: 56, height: 44 } as const;

export function buildLocator(geo: FeatureCollection, points: { id: string; lon: number; lat: number }[]) {
	const shapes = geo.features.filter((f) => ['368', '760', '400'].includes(String(f.id))) as Feature[];
	const fc: FeatureCollection = { type: 'FeatureCollection', features: shapes };
	const projection = baseProjection().fitExtent([[2, 2], [LOCATOR.width - 2, LOCATOR.height - 2]], fc);
	const path = geoPath(projection).digits(1);
	const outline = compactPath(shapes.map((f) => path(f) ?? '').join(''));
	const dots = Object.fromEntries(
		points.map((p) => {
			const [x, y] = projection([p.lon, p.lat])!;
			return [p.id, { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }];
		})
	);
	return { ...LOCATOR, outline, dots };
}
