/** The timeline as a downloadable image: every event as a tick on one time axis, by category. */
import { imageText, frame } from '../../embed/image-frame.ts';
import { COLOURS, light, type ColourName } from '../../design/tokens.ts';

const categoryColour = (id: string) => (`cat-${id}` in COLOURS ? light(`cat-${id}` as ColourName) : light('text'));

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
		`<line x1="${x0}" x2="${x1}" y1="${y}" y2="${y}" stroke="${light('muted')}" stroke-width="1.5"/>` +
		years.map((yr) => `<line x1="${x(yr.at)}" x2="${x(yr.at)}" y1="${y}" y2="${y + 8}" stroke="${light('muted')}"/><text x="${x(yr.at)}" y="${y + 30}" font-size="18" text-anchor="middle" fill="${light('muted')}">${imageText(yr.label, rtl)}</text>`).join('') +
		items
			.map((it) => {
				const row = rows.get(it.category) ?? 0;
				return `<line x1="${x(it.at).toFixed(1)}" x2="${x(it.at).toFixed(1)}" y1="${y}" y2="${y - 60 - row * 45}" stroke="${categoryColour(it.category)}" stroke-width="3"/><circle cx="${x(it.at).toFixed(1)}" cy="${y - 60 - row * 45}" r="6" fill="${categoryColour(it.category)}"/>`;
			})
			.join('') +
		categories
			.map((c, i) =>
				rtl
					? `<g transform="translate(${x1 - i * 200} 470)"><circle r="8" cy="-6" fill="${categoryColour(c.id)}"/><text x="-16" font-size="20" text-anchor="end" fill="${light('text')}">${imageText(c.label, rtl)}</text></g>`
					: `<g transform="translate(${x0 + i * 200} 470)"><circle r="8" cy="-6" fill="${categoryColour(c.id)}"/><text x="16" font-size="20" fill="${light('text')}">${imageText(c.label, rtl)}</text></g>`
			)
			.join('');
	return frame(title, source, body, rtl);
}
