import type { Handle, HandleServerError } from '@sveltejs/kit';
import { DataError } from '$lib/data/validate';

/** The page's language and direction come from its route: /ar/ is the Arabic edition. */
export const handle: Handle = async ({ event, resolve }) => {
	const ar = event.url.pathname === '/ar' || event.url.pathname.startsWith('/ar/');
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', ar ? 'ar' : 'en').replace('%dir%', ar ? 'rtl' : 'ltr')
	});
};

/** A data error is the editors' to fix: show its full message (it holds no secrets). */
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof DataError) return { message: error.message };
	return { message: 'Internal error' };
};
