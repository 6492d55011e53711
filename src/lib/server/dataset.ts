/**
 * The validated data set for the site, read through Vite so that saving a data file in dev
 * reloads the page. An invalid file throws a DataError whose message lists every problem.
 */
import type { FeatureCollection } from 'geojson';
import { DataError, validateTexts, type Problem } from '$lib/data/validate';
import type { DataFileName, Dataset } from '$lib/data/schema';
import geo from '$lib/geo/generated/region.json';

const raw = import.meta.glob('/data/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function texts() {
	const out: Partial<Record<DataFileName, string>> = {};
	for (const [path, text] of Object.entries(raw)) out[path.split('/').pop() as DataFileName] = text;
	return out;
}

export function loadDataset(): Dataset {
	const { data, problems } = validateTexts(texts());
	if (!data) throw new DataError(problems);
	return data;
}

/** Reader-facing texts that have no translation in `lang`, with file, line and pointer. */
export function missingTexts(lang: 'ar'): Problem[] {
	return validateTexts(texts()).missing.filter((m) => m.message.includes(`"${lang}"`));
}

export const regionGeo = geo as unknown as FeatureCollection;
