/** The footprint panels as a downloadable image: the panels side by side with their dates, figures and legend. */
import { imageText, frame } from '../../embed/image-frame.ts';
import { estimateWidth } from '../text-wrap.ts';
import { SITE_GEOMETRY, light } from '../../design/tokens.ts';
import { siteSymbolSvg } from '../map/symbol-svg.ts';
import type { FootprintModel } from './model.ts';

export function footprintSvg(model: FootprintModel, title: string, source: string, rtl = false): string {
	const [vx, vy, vw, vh] = model.viewBox;
	const n = model.panels.length;
	const gap = 24;
	const pw = (1120 - gap * (n - 1)) / n;
	const k = Math.min(pw / vw, 300 / vh);
	// Each site's square is about 14 px across in the image, whatever the panels' scale.
	const symbolScale = 14 / (2 * SITE_GEOMETRY.half * k);
	const land = `<path d="${model.land.focus}" fill="${light('land-focus')}" stroke="${light('muted')}" stroke-width="${(1 / k).toFixed(2)}"/>`;
	const anchor = rtl ? 'end' : 'start';
	const panels = model.panels
		.map((p, i) => {
			// Right to left, the first date stands at the right.
			const x = 40 + (rtl ? n - 1 - i : i) * (pw + gap);
			const tx = rtl ? x + pw : x;
			const sites = p.sites.map((s) => siteSymbolSvg(s.symbol, null, s.x, s.y, symbolScale)).join('');
			// Each figure with its kind and date under it: many are approximate or unofficial.
			const top = 126 + vh * k + 34;
			const figs = p.figures
				.map(
					(f, j) =>
						`<text x="${tx}" y="${top + j * 48}" font-size="19" text-anchor="${anchor}" fill="${light('text')}">${imageText(`${f.label}: ${f.figure}`, rtl)}</text>` +
						`<text x="${tx}" y="${top + j * 48 + 20}" font-size="14" text-anchor="${anchor}" fill="${light('muted')}">${imageText(f.note, rtl)}</text>`
				)
				.join('');
			return (
				`<text x="${tx}" y="112" font-size="21" font-weight="700" text-anchor="${anchor}" fill="${light('text')}">${imageText(p.dateLabel, rtl)}</text>` +
				`<g transform="translate(${x} 126) scale(${k.toFixed(4)}) translate(${-vx} ${-vy})"><clipPath id="fp${i}"><rect x="${vx}" y="${vy}" width="${vw}" height="${vh}"/></clipPath><g clip-path="url(#fp${i})">${land}${sites}</g></g>` +
				figs
			);
		})
		.join('');
	// The legend's entries one after another, each as wide as its label (with room for a wider
	// fallback font than the PNG's), from the reading edge; when one row will not hold them, two.
	const widths = model.legend.map((e) => 24 + estimateWidth(e.label, 16) * 1.15 + 36);
	const perRow = widths.reduce((a, b) => a + b, 0) > 1120 ? Math.ceil(widths.length / 2) : widths.length;
	// Columns as wide as their widest entry, so the rows line up.
	const column = (c: number) => Math.max(...widths.filter((_, i) => i % perRow === c));
	const legend = model.legend
		.map((e, i) => {
			const row = Math.floor(i / perRow);
			const at = Array.from({ length: i % perRow }, (_, c) => column(c)).reduce((a, b) => a + b, 0);
			const x = rtl ? 1160 - at : 40 + at;
			const y = (perRow < widths.length ? 544 : 560) + row * 28;
			return siteSymbolSvg(e.key, null, rtl ? x - 8 : x + 8, y, 1.4) + `<text x="${rtl ? x - 28 : x + 24}" y="${y}" dy="0.35em" font-size="16" text-anchor="${anchor}" fill="${light('text')}">${imageText(e.label, rtl)}</text>`;
		})
		.join('');
	return frame(title, source, panels + legend, rtl);
}
