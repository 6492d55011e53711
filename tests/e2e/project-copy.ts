/** A throwaway copy of the project (node_modules linked), for tests that edit data and build. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
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

/** A port nobody is listening on. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Runs a Vite server (dev or preview) in the copy; stop() ends it and everything it started. */
export async function startVite(dir: string, mode: 'dev' | 'preview'): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	// Its own process group, so stopping it stops npx's child too.
	const child: ChildProcess = spawn('npx', ['vite', mode, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: dir, stdio: 'ignore', detached: true });
	const url = `http://127.0.0.1:${port}/`;
	const stop = () => {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			/* already gone */
		}
	};
	try {
		await waitForServer(url);
	} catch (err) {
		stop();
		throw err;
	}
	return { url, stop };
}
