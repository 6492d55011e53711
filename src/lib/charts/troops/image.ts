/** The troop chart as a downloadable image: the overview state, with the frame's title and source. */
import { esc, fit, frame } from '../../embed/image-frame.ts';
import { light, MARKS, type MarkKind } from '../../design/tokens.ts';
import type { ChartModel } from './model.ts';

/** A figure's symbol, from the same token geometry as the chart's Mark.svelte. */
function markSvg(kind: string, color: string): string {
	const mark = MARKS[kind as MarkKind] ?? MARKS.unofficial;
	const attrs = Object.entries(mark.attrs)
		.map(([k, v]) => `${k}="${v}"`)
		.join(' ');
	const fill = 'cross' in mark ? 'none' : mark.filled ? color : light('bg');
	return `<${mark.tag} ${attrs} fill="${fill}" stroke="${color}" stroke-width="${'cross' in mark ? 2.5 : 2}"/>`;
}

export function chartSvg(model: ChartModel, fontSize: number, title: string, source: string, format: (n: number) => string, seriesLabels: Record<string, string>): string {
	const v = model.overview;
	const p = model.plot;
	const color = (s: string) => (s === 'syria' ? light('syria') : light('iraq'));
	const inner =
		v.yTicks.map((t) => `<line x1="${p.x0}" x2="${p.x1}" y1="${t.y}" y2="${t.y}" stroke="${t.value === 0 ? light('muted') : light('rule')}"/><text x="${model.rtl ? p.x1 : p.x0}" y="${t.y - 5}" font-size="${fontSize}" text-anchor="${model.rtl ? 'end' : 'start'}" fill="${light('muted')}">${format(t.value)}</text>`).join('') +
		v.xTicks.map((t) => `<text x="${t.x}" y="${p.y1 + 20}" font-size="${fontSize}" text-anchor="middle" fill="${light('muted')}">${esc(t.label)}</text>`).join('') +
		model.gaps.map((g) => `<rect x="${g.x0}" y="${p.y0}" width="${Math.max(0, g.x1 - g.x0)}" height="${p.y1 - p.y0}" fill="${color(g.series)}" opacity="0.12"/>`).join('') +
		model.lines.map((l) => `<path d="${l.d}" fill="none" stroke="${color(l.series)}" stroke-width="2"${l.family === 'cap' ? ' stroke-dasharray="5 4"' : ''}/>`).join('') +
		model.marks.map((m) => `<g transform="translate(${m.x} ${m.y})">${markSvg(m.kind, color(m.series))}</g>`).join('') +
		Object.entries(seriesLabels)
			.map(([id, label], i) => `<g transform="translate(${model.rtl ? p.x0 + 20 : p.x1 - 190} ${p.y0 + 10 + i * 22})"><line x2="20" y1="0" y2="0" stroke="${color(id)}" stroke-width="3"/><text x="28" y="5" font-size="14" fill="${light('text')}">${esc(label)}</text></g>`)
			.join('');
	return frame(title, source, fit(model.width, model.height, inner), model.rtl);
}
