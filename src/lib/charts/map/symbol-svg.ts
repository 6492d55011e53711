/** A site's symbol as standalone SVG (light colours written out), for the downloadable images: the same tokens as SiteSymbol.svelte. */
import { SITE_GEOMETRY as G, SITE_SYMBOLS, light, type SiteSymbolName } from '../../design/tokens.ts';
import type { AttackMark } from '../../data/site-status.ts';

export function siteSymbolSvg(symbol: SiteSymbolName | 'ring', attack: AttackMark | null, x: number, y: number, scale = 1): string {
	const ring = attack ? `<circle r="${G.ring}" fill="none" stroke="${light('cat-attacks')}" stroke-width="${G.ringWidth}"${attack === 'claimed' ? ` stroke-dasharray="${G.claimedDash}"` : ''}/>` : '';
	let body = '';
	if (symbol !== 'ring') {
		const s = SITE_SYMBOLS[symbol];
		const side = G.half * 2;
		body =
			`<rect x="${-G.half}" y="${-G.half}" width="${side}" height="${side}" fill="${light(s.fill)}" stroke="${light(s.stroke)}" stroke-width="${G.stroke}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>` +
			(s.half ? `<rect x="${-G.half}" y="${-G.half}" width="${G.half}" height="${side}" fill="${light('forces')}"/>` : '');
	}
	return `<g transform="translate(${x} ${y})${scale !== 1 ? ` scale(${scale})` : ''}">${ring}${body}</g>`;
}
