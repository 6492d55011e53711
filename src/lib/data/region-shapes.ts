/**
 * The map's country shapes for validation, read from the reduced geography that `npm run geo`
 * writes (Node only: check:data, the Vite plugin, the import). Built first when it is missing,
 * so every command checks places against the same land.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import type { FeatureCollection } from 'geojson';

export const REGION_GEO_PATH = 'src/lib/geo/generated/region.json';

export function regionShapes(root = '.'): FeatureCollection {
	const path = `${root}/${REGION_GEO_PATH}`;
	if (!existsSync(path)) execSync('npx tsx scripts/build-geo.ts', { cwd: root, stdio: 'ignore' });
	return JSON.parse(readFileSync(path, 'utf8'));
}
