/**
 * The map as a downloadable image: the story's last map step (the latest footprint), wide
 * layout, with its legend beside it and the frame's title and source.
 */
import { imageText, fit, frame } from '../../embed/image-frame.ts';
import { wrapText } from '../text-wrap.ts';
import { light } from '../../design/tokens.ts';
import { siteSymbolSvg } from './symbol-svg.ts';
import type { MapModel } from './model.ts';

export function mapSvg(model: MapModel, title: string, source: string, scaleUnit: string, rtl = false): string {
	const s = model.steps.at(-1) ?? model.overview;
	const { k, tx, ty } = s.view;
	const at = (x: number, y: number) => [x * k + tx, y * k + ty].map((v) => Math.round(v * 10) / 10);
	const inner =
		`<clipPath id="c"><rect width="${model.width}" height="${model.height}"/></clipPath><g clip-path="url(#c)">` +
		`<g transform="translate(${tx} ${ty}) scale(${k})">` +
		model.countries.map((c) => `<path d="${c.d}" fill="${c.focus ? light('land-focus') : light('land')}" stroke="${light('muted')}" stroke-width="${(c.focus ? 1 : 0.6) / k}"/>`).join('') +
		`<path d="${model.lakes}" fill="${light('water')}" opacity="0.6"/><path d="${model.rivers}" fill="none" stroke="${light('water')}" stroke-width="${1.3 / k}"/></g>` +
		s.countryLabels.wide.map((l) => `<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="${l.anchor}" font-size="${model.type.wide.country}" ${rtl ? '' : 'letter-spacing="1.4" '}fill="${light('muted')}">${imageText(l.text, rtl)}</text>`).join('') +
		model.places
			.filter((p) => s.drawn[p.id])
			.map((p) => {
				const [x, y] = at(p.x, p.y);
				const d = s.drawn[p.id];
				return d === 'city'
					? `<circle cx="${x}" cy="${y}" r="3.5" fill="${light('text')}" stroke="${light('surface')}" stroke-width="1.5"/>`
					: siteSymbolSvg(d, s.attacked.includes(p.id) ? 'attacked' : s.claimed.includes(p.id) ? 'claimed' : null, x, y);
			})
			.join('') +
		s.labels.wide
			.map((l) => `<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="${l.anchor}" font-size="${model.type.wide.place}" font-weight="700" fill="${light('text')}" stroke="${light('bg')}" stroke-width="3" paint-order="stroke">${imageText(l.text, rtl)}</text>`)
			.join('') +
		`</g><g transform="translate(14 ${model.height - 16})" stroke="${light('text')}" stroke-width="1.5"><line x2="${s.scale.length}"/><line y1="-4"/><line x1="${s.scale.length}" x2="${s.scale.length}" y1="-4"/>` +
		`<text x="${s.scale.length + 6}" font-size="${model.type.wide.scale}" stroke="none" fill="${light('text')}">${imageText(`${s.scale.label} ${scaleUnit}`, rtl)}</text></g>`;
	// The legend in a column beside the map: the date, then one line per symbol drawn.
	const lx = rtl ? 40 : 830;
	const anchor = rtl ? 'end' : 'start';
	const tx0 = rtl ? lx + 294 : lx + 28;
	const sx = rtl ? lx + 322 : lx + 10;
	// Each label wrapped to the column (330 px, less the symbol's room), lines 21 px apart.
	const LINE = 21;
	let y = 160;
	const rows = s.legend.map((e) => {
		const lines = wrapText(e.label, 17, 300);
		const row = { e, y, lines };
		y += 36 + (lines.length - 1) * LINE;
		return row;
	});
	const legend =
		`<text x="${rtl ? lx + 330 : lx}" y="120" font-size="20" font-weight="700" text-anchor="${anchor}" fill="${light('text')}">${imageText(s.asOfLabel, rtl)}</text>` +
		rows
			.map(({ e, y, lines }) => {
				const sym =
					e.key === 'rivers'
						? `<path d="M${sx - 9} ${y + 4} Q${sx - 4} ${y - 3} ${sx + 1} ${y + 1} T${sx + 9} ${y - 2}" fill="none" stroke="${light('water')}" stroke-width="2"/>`
						: e.key === 'attacked' || e.key === 'claimed'
							? siteSymbolSvg('ring', e.key, sx, y, 1.4)
							: siteSymbolSvg(e.key, null, sx, y, 1.4);
				const text = lines.map((l, i) => `<text x="${tx0}" y="${y + i * LINE}" dy="0.35em" font-size="17" text-anchor="${anchor}" fill="${light('text')}">${imageText(l, rtl)}</text>`).join('');
				return sym + text;
			})
			.join('');
	const area = rtl ? { x: 400, y: 84, width: 760, height: 480 } : { x: 40, y: 84, width: 760, height: 480 };
	return frame(title, source, fit(model.width, model.height, inner, area) + legend, rtl);
}
