/** The editors' files, published as they are for readers who want the data. */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/dataset';

const NAMES = ['story', 'troops', 'events', 'places', 'sources'] as const;
export const prerender = true;
export const entries = () => NAMES.map((n) => ({ file: `${n}.json` }));

export const GET = ({ params }) => {
	const name = params.file.replace(/\.json$/, '') as (typeof NAMES)[number];
	if (!NAMES.includes(name) || !params.file.endsWith('.json')) error(404, 'No such data file');
	const data = loadDataset()[name];
	return new Response(JSON.stringify(data, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
