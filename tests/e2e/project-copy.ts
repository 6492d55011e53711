/** A throwaway copy of the project (node_modules linked), for tests that edit data and build. */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function copyProject(prefix: string): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const f of ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'src', 'static', 'data', 'scripts'])
		cpSync(resolve(f), join(dir, f), { recursive: true, filter: (p) => !p.includes('/static/client') });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function waitForServer(url: string, ms = 60_000) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 400));
	}
	throw new Error(`no server at ${url}`);
}
