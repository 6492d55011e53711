/**
 * Bundles the pages' small scripts (src/lib/client/*.ts entries) with esbuild into
 * static/client/, before SvelteKit builds — the pages themselves ship no framework code.
 * In dev, saving a client file rebuilds it and reloads the page.
 */
import type { Plugin } from 'vite';
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const CLIENT_ENTRIES = { story: 'src/lib/client/story.ts' } as const;
const OUT_DIR = 'static/client';

export async function buildClientScripts(minify = true) {
	await build({
		entryPoints: Object.fromEntries(Object.entries(CLIENT_ENTRIES).map(([name, path]) => [name, resolve(path)])),
		outdir: resolve(OUT_DIR),
		bundle: true,
		format: 'iife',
		target: 'es2020',
		minify,
		legalComments: 'none',
		logLevel: 'warning'
	});
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
				if (!file.startsWith(dir) && !file.endsWith('active-step.ts')) return;
				await buildClientScripts(false);
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
