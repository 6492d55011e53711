/** The map as a downloadable image: the overview state, wide layout, with the frame's title and source. */
import { esc, fit, frame } from '../../embed/image-frame.ts';
import { light } from '../../design/tokens.ts';
import type { MapModel } from './model.ts';

export function mapSvg(model: MapModel, title: string, source: string, scaleUnit: string, rtl = false): string {
	const s = model.overview;
	const on = new Set(s.highlight);
	const inner =
		`<clipPath id="c"><rect width="${model.width}" height="${model.height}"/></clipPath><g clip-path="url(#c)">` +
		model.countries.map((c) => `<path d="${c.d}" fill="${c.focus ? light('land-focus') : light('land')}" stroke="${light('muted')}" stroke-width="${c.focus ? 1 : 0.6}"/>`).join('') +
		`<path d="${model.lakes}" fill="${light('water')}" opacity="0.6"/><path d="${model.rivers}" fill="none" stroke="${light('water')}" stroke-width="1.3"/>` +
		s.countryLabels.wide.map((l) => `<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="${l.anchor}" font-size="${model.type.wide.country}" letter-spacing="1.4" fill="${light('muted')}">${esc(l.text)}</text>`).join('') +
		model.places
			.map((p) =>
				p.kind === 'base'
					? `<rect x="${p.x - 4}" y="${p.y - 4}" width="8" height="8" fill="${on.has(p.id) ? light('accent') : light('surface')}" stroke="${on.has(p.id) ? light('surface') : light('muted')}" stroke-width="1.5"/>`
					: `<circle cx="${p.x}" cy="${p.y}" r="4" fill="${on.has(p.id) ? light('accent') : light('surface')}" stroke="${on.has(p.id) ? light('surface') : light('muted')}" stroke-width="1.5"/>`
			)
			.join('') +
		s.labels.wide
			.map((l) => `<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="${l.anchor}" font-size="${model.type.wide.place}" font-weight="700" fill="${light('text')}" stroke="${light('bg')}" stroke-width="3" paint-order="stroke">${esc(l.text)}</text>`)
			.join('') +
		`</g><g transform="translate(14 ${model.height - 16})" stroke="${light('text')}" stroke-width="1.5"><line x2="${s.scale.length}"/><line y1="-4"/><line x1="${s.scale.length}" x2="${s.scale.length}" y1="-4"/>` +
		`<text x="${s.scale.length + 6}" font-size="${model.type.wide.scale}" stroke="none" fill="${light('text')}">${s.scale.label} ${esc(scaleUnit)}</text></g>`;
	return frame(title, source, fit(model.width, model.height, inner), rtl);
}
