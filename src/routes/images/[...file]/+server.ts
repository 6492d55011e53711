/**
 * Each graphic as a downloadable image with its title and source line, in each edition: SVG,
 * and PNG rendered from it at build time (also the pages' social preview). The fonts come with
 * the build tools, so the PNG looks the same on every machine.
 */
import { error } from '@sveltejs/kit';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { storyModel } from '$lib/server/page-data';
import { EMBEDS, type EmbedName } from '$lib/embed/protocol';
import { chartSvg, mapSvg, timelineSvg } from '$lib/embed/static-svg';
import { plainText } from '$lib/data/markup';
import type { Lang } from '$lib/data/locale';

export const prerender = true;
export const entries = () => ['', 'ar/'].flatMap((prefix) => EMBEDS.flatMap((name) => [{ file: `${prefix}${name}.svg` }, { file: `${prefix}${name}.png` }]));

const require = createRequire(import.meta.url);
const FONTS = [
	'@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	'@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
	'@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
	'@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'
].map((f) => require.resolve(f));

function svgFor(name: EmbedName, lang: Lang): string {
	const m = storyModel(lang);
	const s = m.story;
	const src = (t: string) => `${m.ui.sourceLine}: ${plainText(t)}`;
	if (name === 'map') return mapSvg(m.map, plainText(s.map.title), src(s.map.source), m.ui.scale, m.dir === 'rtl');
	if (name === 'troops') {
		const n = new Intl.NumberFormat(m.locale);
		return chartSvg(m.chart, plainText(s.troops.title), src(s.troops.source), (v) => n.format(v), Object.fromEntries(m.series.map((x) => [x.id, x.label])));
	}
	return timelineSvg(m.events, m.years, s.categories, plainText(s.timeline.title), src(s.timeline.source), m.dir === 'rtl');
}

export const GET = ({ params }) => {
	const m = /^(?:(ar)\/)?([a-z]+)\.(svg|png)$/.exec(params.file);
	const name = m?.[2] as EmbedName;
	if (!m || !EMBEDS.includes(name)) error(404, 'No such image');
	const svg = svgFor(name, (m[1] as Lang) ?? 'en');
	if (m[3] === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
	const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }, fitTo: { mode: 'width', value: 1200 } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
