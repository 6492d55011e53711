/**
 * The Arabic-script typeface (Noto Naskh Arabic, which covers Kurdish letters such as ە ێ ۆ ڵ
 * ڕ ڤ), self-hosted and cut down at build time to the glyphs its editions actually use, so the
 * reader downloads a few kilobytes.
 */
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { loadDataset } from '$lib/server/dataset';
import { EDITIONS } from '$lib/editions/registry';

const NASKH = EDITIONS.filter((e) => e.font === 'naskh');

export const prerender = true;
const WEIGHTS = { 'naskh-arabic-400.woff2': 400, 'naskh-arabic-700.woff2': 700 } as const;
export const entries = () => Object.keys(WEIGHTS).map((file) => ({ file }));

const require = createRequire(import.meta.url);

/** Every character of every text of the editions set in Naskh, plus digits and punctuation the pages format themselves. */
function arabicCharacters(): string {
	const chars = new Set<string>('٠١٢٣٤٥٦٧٨٩٬٫،؛؟«»–—:()[]*., ');
	const visit = (v: unknown) => {
		if (Array.isArray(v)) v.forEach(visit);
		else if (v && typeof v === 'object') {
			const o = v as Record<string, unknown>;
			for (const e of NASKH) if (typeof o[e.code] === 'string') for (const c of o[e.code] as string) chars.add(c);
			Object.values(o).forEach(visit);
		}
	};
	visit(loadDataset());
	// Dates, months and numbers come from Intl: include what each edition's locale writes.
	for (const e of NASKH) {
		for (let m = 0; m < 12; m++) for (const c of new Intl.DateTimeFormat(e.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 27)))) chars.add(c);
		for (const c of new Intl.NumberFormat(e.locale).format(1234567.89)) chars.add(c);
		for (const c of e.name) chars.add(c);
	}
	return [...chars].join('');
}

export const GET = async ({ params }) => {
	const weight = WEIGHTS[params.file as keyof typeof WEIGHTS];
	if (!weight) error(404, 'No such font');
	const source = readFileSync(require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`));
	const font = await subsetFont(source, arabicCharacters(), { targetFormat: 'woff2' });
	return new Response(new Uint8Array(font), { headers: { 'content-type': 'font/woff2' } });
};
