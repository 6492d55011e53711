/**
 * Standalone SVG images of each graphic (overview state) with its title and source line, for
 * downloads and social previews. Colours are written out (no CSS variables), so the file looks
 * the same in any viewer; the PNG is rendered from it at build time.
 */
import type { MapModel } from '../geo/map-model.ts';
import type { ChartModel } from '../charts/troops/model.ts';

export const IMAGE = { width: 1200, height: 630 } as const;

const C = {
	bg: '#fbfaf7',
	text: '#1b1b1b',
	muted: '#545454',
	rule: '#d6d2c8',
	land: '#ece8de',
	landFocus: '#ddd5c2',
	water: '#4f7fae',
	accent: '#b3261e',
	iraq: '#b3261e',
	syria: '#1f6f78',
	cat: { military: '#1f6f78', diplomacy: '#5b4ba8', attacks: '#b3261e', politics: '#8a5a00' } as Record<string, string>
};

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function frame(title: string, source: string, body: string, rtl = false): string {
	const { width, height } = IMAGE;
	// Arabic titles stand at the right, as the page's text does.
	const x = rtl ? width - 40 : 40;
	const anchor = rtl ? 'end' : 'start';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${rtl ? 'Noto Naskh Arabic, ' : ''}Noto Sans, sans-serif">` +
		`<rect width="${width}" height="${height}" fill="${C.bg}"/>` +
		`<text x="${x}" y="58" font-size="32" font-weight="700" text-anchor="${anchor}" fill="${C.text}">${esc(title)}</text>` +
		body +
		`<text x="${x}" y="${height - 24}" font-size="17" text-anchor="${anchor}" fill="${C.muted}">${esc(source)}</text>` +
		`</svg>\n`
	);
}

/** Places a graphic of size w×h into the image's body area, scaled to fit. */
function fit(w: number, h: number, inner: string, area = { x: 40, y: 84, width: 1120, height: 480 }) {
	const k = Math.min(area.width / w, area.height / h);
	const x = area.x + (area.width - w * k) / 2;
	return `<g transform="translate(${x.toFixed(1)} ${area.y}) scale(${k.toFixed(4)})">${inner}</g>`;
}

export function mapSvg(model: MapModel, title: string, source: string, scaleUnit: string, rtl = false): string {
	const s = model.overview;
	const on = new Set(s.highlight);
	const inner =
		`<clipPath id="c"><rect width="${model.width}" height="${model.height}"/></clipPath><g clip-path="url(#c)">` +
		model.countries.map((c) => `<path d="${c.d}" fill="${c.focus ? C.landFocus : C.land}" stroke="${C.muted}" stroke-width="${c.focus ? 1 : 0.6}"/>`).join('') +
		`<path d="${model.lakes}" fill="${C.water}" opacity="0.6"/><path d="${model.rivers}" fill="none" stroke="${C.water}" stroke-width="1.3"/>` +
		s.countryLabels.wide.map((l) => `<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="${l.anchor}" font-size="12" letter-spacing="1.4" fill="${C.muted}">${esc(l.text)}</text>`).join('') +
		model.places
			.map((p) =>
				p.kind === 'base'
					? `<rect x="${p.x - 4}" y="${p.y - 4}" width="8" height="8" fill="${on.has(p.id) ? C.accent : '#fff'}" stroke="${on.has(p.id) ? '#fff' : C.muted}" stroke-width="1.5"/>`
					: `<circle cx="${p.x}" cy="${p.y}" r="4" fill="${on.has(p.id) ? C.accent : '#fff'}" stroke="${on.has(p.id) ? '#fff' : C.muted}" stroke-width="1.5"/>`
			)
			.join('') +
		s.labels.wide
			.map((l) => `<text x="${l.x}" y="${l.y}" dy="0.35em" text-anchor="${l.anchor}" font-size="13" font-weight="700" fill="${C.text}" stroke="${C.bg}" stroke-width="3" paint-order="stroke">${esc(l.text)}</text>`)
			.join('') +
		`</g><g transform="translate(14 ${model.height - 16})" stroke="${C.text}" stroke-width="1.5"><line x2="${s.scale.length}"/><line y1="-4"/><line x1="${s.scale.length}" x2="${s.scale.length}" y1="-4"/>` +
		`<text x="${s.scale.length + 6}" font-size="12" stroke="none" fill="${C.text}">${s.scale.label} ${esc(scaleUnit)}</text></g>`;
	return frame(title, source, fit(model.width, model.height, inner), rtl);
}

function markSvg(kind: string, color: string): string {
	switch (kind) {
		case 'official':
			return `<circle r="4.5" fill="${color}" stroke="${color}" stroke-width="2"/>`;
		case 'approximate':
			return `<circle r="4.5" fill="${C.bg}" stroke="${color}" stroke-width="2"/>`;
		case 'authorised':
			return `<path d="M0,-6L6,0L0,6L-6,0Z" fill="${C.bg}" stroke="${color}" stroke-width="2"/>`;
		case 'disputed':
			return `<path d="M-4.5,-4.5L4.5,4.5M-4.5,4.5L4.5,-4.5" stroke="${color}" stroke-width="2.5"/>`;
		default:
			return `<rect x="-4" y="-4" width="8" height="8" fill="${C.bg}" stroke="${color}" stroke-width="2"/>`;
	}
}

export function chartSvg(model: ChartModel, title: string, source: string, format: (n: number) => string, seriesLabels: Record<string, string>): string {
	const v = model.overview;
	const p = model.plot;
	const color = (s: string) => (s === 'syria' ? C.syria : C.iraq);
	const inner =
		v.yTicks.map((t) => `<line x1="${p.x0}" x2="${p.x1}" y1="${t.y}" y2="${t.y}" stroke="${t.value === 0 ? C.muted : C.rule}"/><text x="${model.rtl ? p.x1 : p.x0}" y="${t.y - 5}" font-size="13" text-anchor="${model.rtl ? 'end' : 'start'}" fill="${C.muted}">${format(t.value)}</text>`).join('') +
		v.xTicks.map((t) => `<text x="${t.x}" y="${p.y1 + 20}" font-size="13" text-anchor="middle" fill="${C.muted}">${esc(t.label)}</text>`).join('') +
		model.gaps.map((g) => `<rect x="${g.x0}" y="${p.y0}" width="${Math.max(0, g.x1 - g.x0)}" height="${p.y1 - p.y0}" fill="${color(g.series)}" opacity="0.12"/>`).join('') +
		model.lines.map((l) => `<path d="${l.d}" fill="none" stroke="${color(l.series)}" stroke-width="2"${l.family === 'cap' ? ' stroke-dasharray="5 4"' : ''}/>`).join('') +
		model.marks.map((m) => `<g transform="translate(${m.x} ${m.y})">${markSvg(m.kind, color(m.series))}</g>`).join('') +
		Object.entries(seriesLabels)
			.map(([id, label], i) => `<g transform="translate(${model.rtl ? p.x0 + 20 : p.x1 - 190} ${p.y0 + 10 + i * 22})"><line x2="20" y1="0" y2="0" stroke="${color(id)}" stroke-width="3"/><text x="28" y="5" font-size="14" fill="${C.text}">${esc(label)}</text></g>`)
			.join('');
	return frame(title, source, fit(model.width, model.height, inner), model.rtl);
}

export function timelineSvg(
	items: { at: number; category: string; title: string }[],
	years: { at: number; label: string }[],
	categories: { id: string; label: string }[],
	title: string,
	source: string,
	rtl = false
): string {
	const x0 = 60;
	const x1 = 1140;
	const y = 360;
	// Time runs right to left in the Arabic edition.
	const x = (at: number) => (rtl ? x1 - at * (x1 - x0) : x0 + at * (x1 - x0));
	const rows = new Map<string, number>(categories.map((c, i) => [c.id, i]));
	const body =
		`<line x1="${x0}" x2="${x1}" y1="${y}" y2="${y}" stroke="${C.muted}" stroke-width="1.5"/>` +
		years.map((yr) => `<line x1="${x(yr.at)}" x2="${x(yr.at)}" y1="${y}" y2="${y + 8}" stroke="${C.muted}"/><text x="${x(yr.at)}" y="${y + 30}" font-size="18" text-anchor="middle" fill="${C.muted}">${esc(yr.label)}</text>`).join('') +
		items
			.map((it) => {
				const row = rows.get(it.category) ?? 0;
				return `<line x1="${x(it.at).toFixed(1)}" x2="${x(it.at).toFixed(1)}" y1="${y}" y2="${y - 60 - row * 45}" stroke="${C.cat[it.category] ?? C.text}" stroke-width="3"/><circle cx="${x(it.at).toFixed(1)}" cy="${y - 60 - row * 45}" r="6" fill="${C.cat[it.category] ?? C.text}"/>`;
			})
			.join('') +
		categories
			.map((c, i) =>
				rtl
					? `<g transform="translate(${x1 - i * 200} 470)"><circle r="8" cy="-6" fill="${C.cat[c.id] ?? C.text}"/><text x="-16" font-size="20" text-anchor="end" fill="${C.text}">${esc(c.label)}</text></g>`
					: `<g transform="translate(${x0 + i * 200} 470)"><circle r="8" cy="-6" fill="${C.cat[c.id] ?? C.text}"/><text x="16" font-size="20" fill="${C.text}">${esc(c.label)}</text></g>`
			)
			.join('');
	return frame(title, source, body, rtl);
}
