/** The troop chart as a downloadable image: the overview state, with the frame's title and source. */
import { esc, fit, frame, imageText } from '../../embed/image-frame.ts';
import { BOUND_PATHS, light, MARKS, type MarkKind } from '../../design/tokens.ts';
import type { ChartModel } from './model.ts';

const r2 = (n: number) => Math.round(n * 100) / 100;

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
		// Its numbers beside the plot, level with their rules: the image has the margin the page
		// lacks, so every number is written and none meets a mark or a note's leader.
		v.yTicks.map((t) => `<line x1="${p.x0}" x2="${p.x1}" y1="${t.y}" y2="${t.y}" stroke="${t.value === 0 ? light('muted') : light('rule')}"/><text x="${model.rtl ? p.x1 + 8 : p.x0 - 8}" y="${t.y}" dy="0.35em" font-size="${fontSize}" text-anchor="${model.rtl ? 'start' : 'end'}" fill="${light('muted')}">${format(t.value)}</text>`).join('') +
		v.xTicks.map((t) => `<text x="${t.x}" y="${p.y1 + 22 + fontSize}" font-size="${fontSize}" text-anchor="middle" fill="${light('muted')}">${esc(t.label)}</text>`).join('') +
		model.gaps.map((g) => `<rect x="${g.x0}" y="${g.y}" width="${Math.max(0, g.x1 - g.x0)}" height="${g.height}" fill="${color(g.series)}" opacity="0.5"/>`).join('') +
		model.lines.map((l) => `<path d="${l.d}" fill="none" stroke="${color(l.series)}" stroke-width="2"${l.kind === 'authorised' ? ' stroke-dasharray="5 4"' : l.kind === 'unofficial' ? ' stroke-dasharray="1.5 3.5"' : ''}/>`).join('') +
		model.marks
			.map((m) => {
				const bound = m.bound ? `<path d="${BOUND_PATHS[m.bound]}" fill="none" stroke="${color(m.series)}" stroke-width="2"/>` : '';
				return `<g transform="translate(${m.x} ${m.y})">${markSvg(m.kind, color(m.series))}${bound}</g>`;
			})
			.join('') +
		// The turning points, as the chart writes them on its whole-arc view.
		model.notes.wide
			.map((n) => {
				const leader = n.leader ? `<line x1="${n.leader.x1}" y1="${n.leader.y1}" x2="${n.leader.x2}" y2="${n.leader.y2}" stroke="${light('muted')}"/>` : '';
				// A text element per line: the PNG's renderer runs the lines of one element together
				// in right-to-left scripts.
				const lines = n.lines.map((l, i) => `<text x="${n.x}" y="${r2(n.y + i * 1.15 * fontSize)}" font-size="${fontSize}" text-anchor="${n.anchor}" fill="${light('text')}" stroke="${light('bg')}" stroke-width="4" paint-order="stroke">${imageText(l, model.rtl)}</text>`).join('');
				return leader + lines;
			})
			.join('') +
		Object.entries(seriesLabels)
			.map(([id, label], i) => `<g transform="translate(${model.rtl ? p.x0 + 20 : p.x1 - 190} ${p.y0 + 10 + i * 22})"><line x2="20" y1="0" y2="0" stroke="${color(id)}" stroke-width="3"/><text x="28" y="5" font-size="14" fill="${light('text')}">${imageText(label, model.rtl)}</text></g>`)
			.join('');
	return frame(title, source, fit(model.width, model.height, inner), model.rtl);
}
