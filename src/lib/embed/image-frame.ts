/**
 * The frame of every downloadable image: a 1200×630 card with the graphic's title and source
 * line. Each graphic draws its own body (src/lib/charts/<name>/image.ts) in its overview state.
 * Colours are the design tokens' light values written out (no CSS variables), so the file
 * looks the same in any viewer; the PNG is rendered from it at build time.
 */
import { light } from '../design/tokens.ts';

export const IMAGE = { width: 1200, height: 630 } as const;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function frame(title: string, source: string, body: string, rtl = false): string {
	const { width, height } = IMAGE;
	// Arabic titles stand at the right, as the page's text does.
	const x = rtl ? width - 40 : 40;
	const anchor = rtl ? 'end' : 'start';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${rtl ? 'Noto Naskh Arabic, ' : ''}Noto Sans, sans-serif">` +
		`<rect width="${width}" height="${height}" fill="${light('bg')}"/>` +
		`<text x="${x}" y="58" font-size="32" font-weight="700" text-anchor="${anchor}" fill="${light('text')}">${esc(title)}</text>` +
		body +
		`<text x="${x}" y="${height - 24}" font-size="17" text-anchor="${anchor}" fill="${light('muted')}">${esc(source)}</text>` +
		`</svg>\n`
	);
}

/** Places a graphic of size w×h into the image's body area, scaled to fit. */
export function fit(w: number, h: number, inner: string, area = { x: 40, y: 84, width: 1120, height: 480 }) {
	const k = Math.min(area.width / w, area.height / h);
	const x = area.x + (area.width - w * k) / 2;
	return `<g transform="translate(${x.toFixed(1)} ${area.y}) scale(${k.toFixed(4)})">${inner}</g>`;
}

