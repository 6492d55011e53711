/**
 * Each graphic as a downloadable image with its title and source line: SVG, and PNG rendered
 * from it at build time (also the embeds' social preview). The font is shipped with the build
 * tools, so the PNG looks the same on every machine.
 */
import { error } from '@sveltejs/kit';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { storyModel } from '$lib/server/page-data';
import { EMBEDS, type EmbedName } from '$lib/embed/protocol';
import { chartSvg, mapSvg, timelineSvg } from '$lib/embed/static-svg';
import { plainText } from '$lib/data/markup';

export const prerender = true;
export const entries = () => EMBEDS.flatMap((name) => [{ file: `${name}.svg` }, { file: `${name}.png` }]);

const require = createRequire(import.meta.url);
const FONTS = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/noto-sans/${f}`));

function svgFor(name: EmbedName): string {
	const m = storyModel('en');
	const s = m.story;
	const src = (t: string) => `${m.ui.sourceLine}: ${plainText(t)}`;
	if (name === 'map') return mapSvg(m.map, plainText(s.map.title), src(s.map.source), m.ui.scale);
	if (name === 'troops') {
		const n = new Intl.NumberFormat(m.locale);
		return chartSvg(m.chart, plainText(s.troops.title), src(s.troops.source), (v) => n.format(v), Object.fromEntries(m.series.map((x) => [x.id, x.label])));
	}
	return timelineSvg(m.events, m.years, s.categories, plainText(s.timeline.title), src(s.timeline.source));
}

export const GET = ({ params }) => {
	const [name, ext] = params.file.split('.') as [EmbedName, string];
	if (!EMBEDS.includes(name) || !['svg', 'png'].includes(ext)) error(404, 'No such image');
	const svg = svgFor(name);
	if (ext === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
	const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }, fitTo: { mode: 'width', value: 1200 } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
