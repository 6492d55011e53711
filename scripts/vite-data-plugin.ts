/**
 * Validates data/ with the same code as `npm run check:data`: a build with a broken file stops
 * before anything is written, and in dev every save is checked and an error is shown in the page.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { resolve } from 'node:path';
import { readDataTexts } from '../src/lib/data/read-files.ts';
import { formatProblem, validateTexts } from '../src/lib/data/validate.ts';
import { regionShapes } from '../src/lib/data/region-shapes.ts';

/** Problems that stop a build: the errors check:data reports, the same ones. */
function check(dir: string) {
	const { problems } = validateTexts(readDataTexts(dir), { countries: regionShapes() });
	const errors = problems.filter((p) => p.severity === 'error');
	return { errors, text: errors.map(formatProblem).join('\n') };
}

export function dataCheck(): Plugin {
	const dir = resolve('data');
	let command: 'build' | 'serve' = 'build';
	return {
		name: 'data-check',
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			const { errors, text } = check(dir);
			if (!errors.length) return;
			console.error(`\n${text}\n`);
			const summary = `✗ ${errors.length} problem${errors.length === 1 ? '' : 's'} in data/ — nothing was built. Fix the lines above; npm run check:data gives the same list, and docs/EDITING.md explains each message.`;
			// The dev server keeps running and shows the problems in the page; a build stops here,
			// with the editors' message and no stack trace of the bundler's.
			if (command === 'serve') console.error(summary);
			else {
				console.error(summary);
				process.exit(1);
			}
		},
		configureServer(server: ViteDevServer) {
			server.watcher.add(dir);
			server.watcher.on('change', (file) => {
				if (!file.startsWith(dir) || !file.endsWith('.json')) return;
				const { errors, text } = check(dir);
				if (errors.length) server.config.logger.error(`Problems in data/:\n${text}`);
				else server.config.logger.info('data/ is valid');
				// Reload either way: the page shows the problems itself, and recovers once they are fixed.
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
