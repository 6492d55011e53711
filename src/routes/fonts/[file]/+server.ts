/**
 * The Arabic-script typeface (Noto Naskh Arabic, which covers Kurdish letters such as ە ێ ۆ ڵ
 * ڕ ڤ), self-hosted and cut down at build time to the glyphs its editions actually use, so the
 * reader downloads a few kilobytes.
 *
 * One face covers every character those pages set, spaces, Latin letters and punctuation
 * included: a character the face lacks sends the browser down the font list to the system's
 * fonts, and on a cold page each family it asks for costs a round trip to the font service
 * inside the first layout (on this project's test machines, 60–100 ms of the Arabic page's
 * first layout went to such look-ups). Bold is drawn from the same face (font-synthesis), for
 * the same reason: a second face would not be there in time for the first layout either.
 */
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { loadDataset } from '$lib/server/dataset';
import { EDITIONS } from '$lib/editions/registry';

const NASKH = EDITIONS.filter((e) => e.font === 'naskh');

export const prerender = true;
const FILE = 'naskh-arabic-400.woff2';
export const entries = () => [{ file: FILE }];

const require = createRequire(import.meta.url);

/** Printable ASCII: code, links and names in Latin letters appear in these pages too. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

const OTHER_EDITIONS = new Set<string>(EDITIONS.filter((e) => e.font !== 'naskh').map((e) => e.code));

/**
 * Every character these pages may set: every text in the data but the other editions' own
 * (source names and other untranslated strings included), plus digits and punctuation the pages
 * format themselves.
 */
function arabicCharacters(): string {
	const chars = new Set<string>(ASCII + '٠١٢٣٤٥٦٧٨٩٬٫،؛؟«»–—…·×\u00a0\u200c\u200d\u200e\u200f');
	const visit = (v: unknown) => {
		if (typeof v === 'string') for (const c of v) chars.add(c);
		else if (Array.isArray(v)) v.forEach(visit);
		else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!OTHER_EDITIONS.has(k)) visit(x);
	};
	visit(loadDataset());
	// Dates, months and numbers come from Intl: include what each edition's locale writes.
	for (const e of NASKH) {
		for (let m = 0; m < 12; m++) for (const c of new Intl.DateTimeFormat(e.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 27)))) chars.add(c);
		for (const c of new Intl.NumberFormat(e.locale).format(1234567.89)) chars.add(c);
	}
	// The language switch names every edition in its own script.
	for (const e of EDITIONS) for (const c of e.name) chars.add(c);
	return [...chars].join('');
}

export const GET = async ({ params }) => {
	if (params.file !== FILE) error(404, 'No such font');
	// The whole font (Arabic and Latin), not the Arabic-only cut, so the subset can cover both.
	const source = readFileSync(require.resolve('@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf'));
	const font = await subsetFont(source, arabicCharacters(), { targetFormat: 'woff2' });
	return new Response(new Uint8Array(font), { headers: { 'content-type': 'font/woff2' } });
};
