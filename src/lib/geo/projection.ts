/** The one projection of every map: conformal conic with standard parallels through the region. */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { REGION } from '../data/region';

export const MAP_WIDTH = 640;

/** The region's outline, densified so that its edges follow the projection's curves. */
export function regionOutline(): Feature<Polygon> {
	const { west, east, south, north } = REGION;
	const ring: [number, number][] = [];
	for (let x = west; x <= east; x += 0.5) ring.push([x, south]);
	for (let y = south; y <= north; y += 0.5) ring.push([east, y]);
	for (let x = east; x >= west; x -= 0.5) ring.push([x, north]);
	for (let y = north; y >= south; y -= 0.5) ring.push([west, y]);
	ring.push(ring[0]);
	// d3-geo wants clockwise rings for areas smaller than a hemisphere.
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** The projection before fitting: the main map and the small locators both start from it. */
export function baseProjection(): GeoProjection {
	return geoConicConformal()
		.parallels([30, 37])
		.rotate([-(REGION.west + REGION.east) / 2, 0]);
}

/** The main map's projection, fitted to the frame's width; the frame is as tall as the region. */
export function makeProjection(width = MAP_WIDTH): { projection: GeoProjection; width: number; height: number } {
	const outline = regionOutline();
	const projection = baseProjection().fitWidth(width, outline);
	// The top edge bows upward in a conic projection: measure the outline's real extent.
	const ys = outline.geometry.coordinates[0].map((c) => projection(c as [number, number])![1]);
	const top = Math.min(...ys);
	const bottom = Math.max(...ys);
	projection.translate([projection.translate()[0], projection.translate()[1] - top]);
	const height = Math.round(bottom - top);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	return { projection, width, height };
}
