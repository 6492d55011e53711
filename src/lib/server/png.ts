/**
 * The PNG renderer of the downloadable images, with its fonts. The fonts come with the build
 * tools, not from the machine, so a PNG looks the same wherever the site is built.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONTS = [
	'@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	'@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
	'@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
	'@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'
].map((f) => require.resolve(f));

/** An image's SVG, ready to render (at `width` pixels wide, if given) or to measure. */
export const pngRenderer = (svg: string, width?: number) =>
	new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }, ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}) });
