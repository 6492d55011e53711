/**
 * The part of the world the map shows, in degrees. Every place in data/places.json must lie
 * inside it; the build-time geography script keeps only what overlaps it.
 */
export const REGION = {
	west: 34.5,
	east: 49.0,
	south: 28.8,
	north: 38.2
} as const;

export function insideRegion(lon: number, lat: number): boolean {
	return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}
