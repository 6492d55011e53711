/**
 * Each graphic as a downloadable image with its title and source line, in each edition: SVG,
 * and PNG rendered from it at build time (also the pages' social preview). The fonts come with
 * the build tools, so the PNG looks the same on every machine.
 */
import { error } from '@sveltejs/kit';
import { pngRenderer } from '$lib/server/png';
import { storyModel } from '$lib/server/page-data';
import { GRAPHICS, graphicNamed } from '$lib/charts/registry';
import { EDITIONS, editionFile, splitEditionFile } from '$lib/editions/registry';

export const prerender = true;
export const entries = () => EDITIONS.flatMap((e) => GRAPHICS.flatMap((g) => ['svg', 'png'].map((ext) => ({ file: editionFile(e, `${g.name}.${ext}`) }))));

export const GET = ({ params }) => {
	const parts = splitEditionFile(params.file);
	const m = parts && /^([a-z][a-z0-9-]*)\.(svg|png)$/.exec(parts.rest);
	const graphic = graphicNamed(m?.[1]);
	if (!parts || !m || !graphic) error(404, 'No such image');
	const page = storyModel(parts.edition);
	const svg = graphic.image(page.graphics[graphic.name], page);
	if (m[2] === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
	const png = pngRenderer(svg, 1200).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
