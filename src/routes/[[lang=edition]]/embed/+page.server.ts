import { error } from '@sveltejs/kit';
import { EDITIONS, editionOfPrefix } from '$lib/editions/registry';
import { storyModel } from '$lib/server/page-data';

/** The embed index, once per edition: /embed/, /ar/embed/… Each lists the codes of every edition. */
export const entries = () => EDITIONS.map((e) => ({ lang: e.prefix }));

export const load = ({ params }) => {
	const edition = editionOfPrefix(params.lang);
	if (!edition) error(404, 'No such edition');
	return { ...storyModel(edition), others: EDITIONS.filter((e) => e !== edition).map((e) => storyModel(e)) };
};
