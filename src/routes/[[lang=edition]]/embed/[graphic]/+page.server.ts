import { error } from '@sveltejs/kit';
import { EDITIONS, editionOfPrefix } from '$lib/editions/registry';
import { GRAPHICS, graphicNamed } from '$lib/charts/registry';
import { storyModel } from '$lib/server/page-data';

/** Every graphic alone, in every edition: /embed/map/, /ar/embed/map/… */
export const entries = () => EDITIONS.flatMap((e) => GRAPHICS.map((g) => ({ lang: e.prefix, graphic: g.name })));

export const load = ({ params }) => {
	const edition = editionOfPrefix(params.lang);
	const graphic = graphicNamed(params.graphic);
	if (!edition || !graphic) error(404, 'No such embed');
	return { page: storyModel(edition), name: graphic.name };
};
