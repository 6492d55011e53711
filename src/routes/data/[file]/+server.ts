/**
 * The data behind the story, for readers and other newsrooms: each editors' file as JSON, and
 * the troops, events and places as CSV with their sources spelled out. Dates stay ISO and
 * numbers stay plain, for machines.
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/dataset';
import { TABLES, toRows } from '$lib/data/tables';
import { formatCsv } from '$lib/data/csv';

const JSON_FILES = ['story', 'troops', 'events', 'places', 'sources'] as const;
const CSV_FILES = ['troops', 'events', 'places'] as const;
export const prerender = true;
export const entries = () => [...JSON_FILES.map((n) => ({ file: `${n}.json` })), ...CSV_FILES.map((n) => ({ file: `${n}.csv` }))];

export const GET = ({ params }) => {
	const [name, ext] = params.file.split('.');
	const data = loadDataset();
	if (ext === 'json' && (JSON_FILES as readonly string[]).includes(name)) {
		return new Response(JSON.stringify(data[name as (typeof JSON_FILES)[number]], null, 2) + '\n', {
			headers: { 'content-type': 'application/json; charset=utf-8' }
		});
	}
	if (ext === 'csv' && (CSV_FILES as readonly string[]).includes(name)) {
		const spec = TABLES[name as (typeof CSV_FILES)[number]];
		const sources = new Map(data.sources.sources.map((s) => [s.id, s]));
		const [header, ...rows] = toRows(spec, data[spec.name] as unknown as Record<string, unknown>);
		const sourceCol = header.indexOf('sources');
		const expand = (ids: string, key: 'publisher' | 'title' | 'url') =>
			ids
				.split('; ')
				.map((id) => sources.get(id)?.[key] ?? '')
				.join(' | ');
		const table = [
			[...header, 'source_publishers', 'source_titles', 'source_urls'],
			...rows.map((r) => [...r, expand(r[sourceCol], 'publisher'), expand(r[sourceCol], 'title'), expand(r[sourceCol], 'url')])
		];
		return new Response(formatCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
	}
	error(404, 'No such data file');
};
