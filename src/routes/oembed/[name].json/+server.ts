/** Static oEmbed responses, one per embed: what a CMS needs to embed a graphic from its address. */
import { error, json } from '@sveltejs/kit';
import { EMBEDS, type EmbedName } from '$lib/embed/protocol';
import { storyModel, SITE_URL } from '$lib/server/page-data';
import { plainText } from '$lib/data/markup';

export const prerender = true;
export const entries = () => [...EMBEDS, ...EMBEDS.map((e) => `ar-${e}`)].map((name) => ({ name }));

const HEIGHTS: Record<EmbedName, number> = { map: 560, troops: 560, timeline: 900 };

export const GET = ({ params }) => {
	// "map" is the English embed, "ar-map" the Arabic one.
	const [lang, name] = (params.name.startsWith('ar-') ? ['ar', params.name.slice(3)] : ['en', params.name]) as ['en' | 'ar', EmbedName];
	if (!EMBEDS.includes(name)) error(404, 'No such embed');
	const { story } = storyModel(lang);
	const title = plainText({ map: story.map.title, troops: story.troops.title, timeline: story.timeline.title }[name]);
	const prefix = lang === 'en' ? '' : `/${lang}`;
	const src = `${SITE_URL}${prefix}/embed/${name}/`;
	const height = HEIGHTS[name];
	const html =
		`<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" loading="lazy" scrolling="no" style="border:0" data-coalition-embed-frame></iframe>` +
		`<script async src="${SITE_URL}/embed.js"></script>`;
	return json({
		version: '1.0',
		type: 'rich',
		title,
		provider_name: plainText(story.meta.byline),
		provider_url: `${SITE_URL}/`,
		html,
		width: 640,
		height,
		thumbnail_url: `${SITE_URL}/images/${lang === 'en' ? '' : `${lang}/`}${name}.png`,
		thumbnail_width: 1200,
		thumbnail_height: 630
	});
};
