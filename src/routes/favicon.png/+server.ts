/**
 * The site's icon, drawn at build time as a PNG. An SVG icon is a small document of its own,
 * which the browser builds on the page's main thread at every load; a PNG is only decoded.
 */
import { Resvg } from '@resvg/resvg-js';

export const prerender = true;

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d3557"/><circle cx="16" cy="16" r="6" fill="#e76f51"/></svg>';

export const GET = () =>
	new Response(new Uint8Array(new Resvg(ICON, { fitTo: { mode: 'width', value: 64 } }).render().asPng()), {
		headers: { 'content-type': 'image/png' }
	});
