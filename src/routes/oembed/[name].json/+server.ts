/** Static oEmbed responses, one per embed and edition: what a CMS needs to embed a graphic from its address. */
import { error, json } from '@sveltejs/kit';
import { GRAPHICS, graphicNamed } from '$lib/charts/registry';
import { EDITIONS, SOURCE_EDITION, editionFile, editionPath } from '$lib/editions/registry';
import { storyModel, SITE_URL } from '$lib/server/page-data';
import { plainText } from '$lib/data/markup';
import { EMBED_WIDTH, embedHeight } from '$lib/embed/heights';

export const prerender = true;
/** "map" is the source edition's embed; "ar-map" the Arabic one. */
const nameOf = (prefix: string, graphic: string) => (prefix ? `${prefix}-${graphic}` : graphic);
export const entries = () => EDITIONS.flatMap((e) => GRAPHICS.map((g) => ({ name: nameOf(e.prefix, g.name) })));

export const GET = ({ params }) => {
	const edition = EDITIONS.find((e) => e.prefix && params.name.startsWith(`${e.prefix}-`)) ?? SOURCE_EDITION;
	const graphic = graphicNamed(edition.prefix ? params.name.slice(edition.prefix.length + 1) : params.name);
	if (!graphic) error(404, 'No such embed');
	const page = storyModel(edition);
	const title = plainText(graphic.text(page).title);
	const src = `${SITE_URL}${editionPath(edition, `embed/${graphic.name}/`)}`;
	const height = embedHeight(graphic);
	const html =
		`<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="${EMBED_WIDTH}" height="${height}" loading="lazy" style="border:0;max-width:100%" data-coalition-embed-frame></iframe>` +
		`<script async src="${SITE_URL}/embed.js"></script>`;
	return json({
		version: '1.0',
		type: 'rich',
		title,
		provider_name: plainText(page.story.meta.publisher),
		provider_url: `${SITE_URL}/`,
		html,
		width: EMBED_WIDTH,
		height,
		thumbnail_url: `${SITE_URL}/images/${editionFile(edition, `${graphic.name}.png`)}`,
		thumbnail_width: 1200,
		thumbnail_height: 630
	});
};
