/**
 * The data behind the story, for readers and other newsrooms: each editors' file as JSON, and
 * the troops, events, places, sites' states and attacks as CSV with their sources spelled out, in every edition
 * (/data/troops.csv, /data/ckb/troops.csv): the source edition's headers are the column names
 * data:import reads, the others' are headings in their language. Dates stay ISO and numbers
 * stay plain, for machines.
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/dataset';
import { publishedRows, TABLES } from '$lib/data/tables';
import { formatCsv } from '$lib/data/csv';
import { EDITIONS, SOURCE_LANG, editionFile, localize, splitEditionFile, type Lang } from '$lib/editions/registry';

const JSON_FILES = ['story', 'troops', 'events', 'places', 'sources'] as const;
const CSV_FILES = Object.keys(TABLES) as (keyof typeof TABLES)[];
export const prerender = true;
export const entries = () => [
	...JSON_FILES.map((n) => ({ file: `${n}.json` })),
	...EDITIONS.flatMap((e) => CSV_FILES.map((n) => ({ file: editionFile(e, `${n}.csv`) })))
];

export const GET = ({ params }) => {
	const parts = splitEditionFile(params.file);
	const [name, ext] = (parts?.rest ?? '').split('.');
	const data = loadDataset();
	if (parts && !parts.edition.prefix && ext === 'json' && (JSON_FILES as readonly string[]).includes(name)) {
		return new Response(JSON.stringify(data[name as (typeof JSON_FILES)[number]], null, 2) + '\n', {
			headers: { 'content-type': 'application/json; charset=utf-8' }
		});
	}
	if (parts && ext === 'csv' && (CSV_FILES as string[]).includes(name)) {
		const spec = TABLES[name as keyof typeof TABLES];
		const lang = parts.edition.code as Lang;
		const headings = lang === SOURCE_LANG ? undefined : Object.fromEntries(Object.entries(data.story.columns).map(([k, t]) => [k, localize(t, lang)]));
		const sources = new Map(data.sources.sources.map((s) => [s.id, s]));
		const doc = data[spec.file.replace('.json', '') as (typeof JSON_FILES)[number]];
		const table = publishedRows(spec, doc as unknown as Record<string, unknown>, sources, headings);
		return new Response(formatCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
	}
	error(404, 'No such data file');
};
