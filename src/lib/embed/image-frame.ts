/**
 * The frame of every downloadable image: a 1200×630 card with the graphic's title and source
 * line. Each graphic draws its own body (src/lib/charts/<name>/image.ts) in its overview state.
 * Colours are the design tokens' light values written out (no CSS variables), so the file
 * looks the same in any viewer; the PNG is rendered from it at build time.
 */
import { light } from '../design/tokens.ts';
import { estimateWidth, wrapText } from '../charts/text-wrap.ts';

export const IMAGE = { width: 1200, height: 630 } as const;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A text of the image, escaped. In a right-to-left edition it is set between right-to-left
 * marks, so that punctuation at either end (a closing full stop, a colon) stands where an Arabic
 * reader expects it. Anchors are physical ("end" is the right edge) and no text carries a
 * `direction`: the browser and the PNG's renderer read that attribute differently.
 */
export const imageText = (s: string, rtl: boolean) => (rtl ? `\u200f${esc(s)}\u200f` : esc(s));

/** The title on one line at 32 px, or, when it would not fit the card, on two at 26 px above the body. */
function titleLines(title: string): { text: string; y: number; size: number }[] {
	const room = IMAGE.width - 80;
	if (estimateWidth(title, 32, true) <= room) return [{ text: title, y: 58, size: 32 }];
	const lines = wrapText(title, 26, room, true);
	// Two lines: the rest of a longer title joins the second (the estimate is generous).
	return [lines[0], lines.slice(1).join(' ')].filter(Boolean).map((text, i) => ({ text, y: 42 + i * 32, size: 26 }));
}

export function frame(title: string, source: string, body: string, rtl = false): string {
	const { width, height } = IMAGE;
	// Arabic titles stand at the right, as the page's text does.
	const x = rtl ? width - 40 : 40;
	const anchor = rtl ? 'end' : 'start';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${rtl ? 'Noto Naskh Arabic, ' : ''}Noto Sans, sans-serif">` +
		`<rect width="${width}" height="${height}" fill="${light('bg')}"/>` +
		titleLines(title).map((t) => `<text x="${x}" y="${t.y}" font-size="${t.size}" font-weight="700" text-anchor="${anchor}" fill="${light('text')}">${imageText(t.text, rtl)}</text>`).join('') +
		body +
		`<text x="${x}" y="${height - 24}" font-size="17" text-anchor="${anchor}" fill="${light('muted')}">${imageText(source, rtl)}</text>` +
		`</svg>\n`
	);
}

/** Places a graphic of size w×h into the image's body area, scaled to fit. */
export function fit(w: number, h: number, inner: string, area = { x: 40, y: 84, width: 1120, height: 480 }) {
	const k = Math.min(area.width / w, area.height / h);
	const x = area.x + (area.width - w * k) / 2;
	return `<g transform="translate(${x.toFixed(1)} ${area.y}) scale(${k.toFixed(4)})">${inner}</g>`;
}

