/**
 * The validated data set for the site, read through Vite so that saving a data file in dev
 * reloads the page. An invalid file throws a DataError whose message lists every problem.
 */
import type { FeatureCollection } from 'geojson';
import { DataError, validateTexts } from '$lib/data/validate';
import type { DataFileName, Dataset } from '$lib/data/schema';
import geo from '$lib/geo/generated/region.json';

const raw = import.meta.glob('/data/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function texts() {
	const out: Partial<Record<DataFileName, string>> = {};
	for (const [path, text] of Object.entries(raw)) out[path.split('/').pop() as DataFileName] = text;
	return out;
}

let cached: Dataset | undefined;
export function loadDataset(): Dataset {
	// In dev a saved data file reloads the module, so the cache never outlives its files.
	if (cached && !import.meta.env.DEV) return cached;
	const { data, problems } = validateTexts(texts(), { countries: regionGeo });
	if (!data) throw new DataError(problems);
	return (cached = data);
}

export const regionGeo = geo as unknown as FeatureCollection;
