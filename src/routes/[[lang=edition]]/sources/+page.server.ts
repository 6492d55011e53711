import { error } from '@sveltejs/kit';
import { EDITIONS, editionOfPrefix } from '$lib/editions/registry';
import { storyModel } from '$lib/server/page-data';

/** The sources and data page, once per edition: /sources/, /ar/sources/… */
export const entries = () => EDITIONS.map((e) => ({ lang: e.prefix }));

export const load = ({ params }) => {
	const edition = editionOfPrefix(params.lang);
	if (!edition) error(404, 'No such edition');
	return storyModel(edition);
};
