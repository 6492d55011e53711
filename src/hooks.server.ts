import type { Handle, HandleServerError } from '@sveltejs/kit';
import { DataError } from '$lib/data/validate';

/**
 * Svelte marks its server output with comments (<!--[-->, <!--]-->, <!---->) for hydration.
 * Pages here are never hydrated (csr = false), so the markers are only thousands of extra
 * nodes for the reader's browser to parse and keep.
 */
const HYDRATION_MARKER = /<!--[[\]!\d-]*?-->/g;

/** The page's language and direction come from its route: /ar/ is the Arabic edition. */
export const handle: Handle = async ({ event, resolve }) => {
	const ar = event.url.pathname === '/ar' || event.url.pathname.startsWith('/ar/');
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', ar ? 'ar' : 'en').replace('%dir%', ar ? 'rtl' : 'ltr').replace(HYDRATION_MARKER, '')
	});
};

/** A data error is the editors' to fix: show its full message (it holds no secrets). */
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof DataError) return { message: error.message };
	return { message: 'Internal error' };
};
