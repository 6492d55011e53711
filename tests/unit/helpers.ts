/** Shared by the unit tests: the real data set, validated, and the reduced geography. */
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import type { FeatureCollection } from 'geojson';
import { readDataTexts } from '../../src/lib/data/read-files';
import { validateTexts } from '../../src/lib/data/validate';

export function realData() {
	const { data, problems } = validateTexts(readDataTexts('data'));
	if (!data) throw new Error(problems.map((p) => p.message).join('\n'));
	return data;
}

export function regionGeo(): FeatureCollection {
	const path = 'src/lib/geo/generated/region.json';
	if (!existsSync(path)) execSync('npx tsx scripts/build-geo.ts');
	return JSON.parse(readFileSync(path, 'utf8'));
}
