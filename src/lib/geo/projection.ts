/** The map's projection: conformal conic with standard parallels through the region, fitted to its frame. */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { REGION } from './region';

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

export function makeProjection(width = MAP_WIDTH): { projection: GeoProjection; width: number; height: number } {
	const centreLon = (REGION.west + REGION.east) / 2;
	const projection = geoConicConformal()
		.parallels([30, 37])
		.rotate([-centreLon, 0])
		.fitWidth(width, regionOutline());
	const [[, y0], [, y1]] = [projection([REGION.west, REGION.north])!, projection([REGION.east, REGION.south])!].map((p) => [p[0], p[1]]);
	// The top edge bows upward in a conic projection: measure the outline's real extent.
	const ys = regionOutline().geometry.coordinates[0].map((c) => projection(c as [number, number])![1]);
	const top = Math.min(...ys, y0);
	const bottom = Math.max(...ys, y1);
	const inset = 0; // the frame is cut at the region's straightest rectangle below
	projection.translate([projection.translate()[0], projection.translate()[1] - top - inset]);
	const height = Math.round(bottom - top);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	return { projection, width, height };
}
