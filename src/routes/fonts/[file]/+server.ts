/**
 * The Arabic typeface (Noto Naskh Arabic), self-hosted and cut down at build time to the
 * glyphs the Arabic edition actually uses, so the reader downloads a few kilobytes.
 */
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { loadDataset } from '$lib/server/dataset';

export const prerender = true;
const WEIGHTS = { 'naskh-arabic-400.woff2': 400, 'naskh-arabic-700.woff2': 700 } as const;
export const entries = () => Object.keys(WEIGHTS).map((file) => ({ file }));

const require = createRequire(import.meta.url);

/** Every character of every Arabic text, plus digits and punctuation the page formats itself. */
function arabicCharacters(): string {
	const chars = new Set<string>('٠١٢٣٤٥٦٧٨٩٬٫،؛؟«»–—:()[]*., ');
	const visit = (v: unknown) => {
		if (Array.isArray(v)) v.forEach(visit);
		else if (v && typeof v === 'object') {
			const o = v as Record<string, unknown>;
			if (typeof o.ar === 'string') for (const c of o.ar) chars.add(c);
			Object.values(o).forEach(visit);
		}
	};
	visit(loadDataset());
	// Dates and months come from Intl: include what ar-IQ writes for every month.
	for (let m = 0; m < 12; m++) for (const c of new Intl.DateTimeFormat('ar-IQ', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 1)))) chars.add(c);
	return [...chars].join('');
}

export const GET = async ({ params }) => {
	const weight = WEIGHTS[params.file as keyof typeof WEIGHTS];
	if (!weight) error(404, 'No such font');
	const source = readFileSync(require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`));
	const font = await subsetFont(source, arabicCharacters(), { targetFormat: 'woff2' });
	return new Response(new Uint8Array(font), { headers: { 'content-type': 'font/woff2' } });
};
