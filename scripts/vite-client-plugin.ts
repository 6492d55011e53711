/**
 * Bundles the pages' small scripts (src/lib/client/*.ts entries) with esbuild into
 * static/client/, before SvelteKit builds — the pages themselves ship no framework code.
 * In dev, saving a client file rebuilds it and reloads the page.
 */
import type { Plugin } from 'vite';
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Each page script, and where it is served from. */
export const CLIENT_ENTRIES = {
	'static/client/story.js': 'src/lib/client/story.ts',
	'static/client/embed.js': 'src/lib/client/embed.ts',
	// The loader host pages paste: served at /embed.js, no dependencies.
	'static/embed.js': 'src/lib/embed/loader.ts'
} as const;

export async function buildClientScripts(minify = true) {
	await Promise.all(
		Object.entries(CLIENT_ENTRIES).map(([out, entry]) =>
			build({
				entryPoints: [resolve(entry)],
				outfile: resolve(out),
				bundle: true,
				format: 'iife',
				target: 'es2019',
				minify,
				legalComments: 'none',
				logLevel: 'warning'
			})
		)
	);
}

export function clientScripts(): Plugin {
	return {
		name: 'client-scripts',
		async buildStart() {
			await buildClientScripts(true);
		},
		configureServer(server) {
			const dir = resolve('src/lib/client');
			server.watcher.on('change', async (file) => {
				if (!file.startsWith(dir) && !file.startsWith(resolve('src/lib/embed')) && !file.endsWith('active-step.ts')) return;
				await buildClientScripts(false);
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
