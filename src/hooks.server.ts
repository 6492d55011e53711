import type { Handle, HandleServerError } from '@sveltejs/kit';
import { DataError } from '$lib/data/validate';
import { editionOfPath } from '$lib/editions/registry';

/**
 * Svelte marks its server output with comments (<!--[-->, <!--]-->, <!---->) for hydration.
 * Pages here are never hydrated (csr = false), so the markers are only thousands of extra
 * nodes for the reader's browser to parse and keep. (The short hashes are the head's markers;
 * the compiler drops the templates' own comments, so no other comment looks like them.)
 */
const HYDRATION_MARKER = /<!--(?:[[\]!\d-]*?|[a-z0-9]{5,8})-->/g;

/** The page's language, direction and typeface come from its edition, read off its path. */
export const handle: Handle = async ({ event, resolve }) => {
	const edition = editionOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', edition.code).replace('%dir%', edition.dir).replace('%font%', edition.font).replace(HYDRATION_MARKER, '')
	});
};

/** A data error is the editors' to fix: show its full message (it holds no secrets). */
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof DataError) return { message: error.message };
	return { message: 'Internal error' };
};
