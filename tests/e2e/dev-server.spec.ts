/**
 * The editors' preview: with `npm run dev` running, saving an invalid data file shows the
 * problem in the page, and fixing it brings the story back — without a restart or a manual
 * reload. Runs on a copy of the project so the real data files are never touched.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = 5199;
let dir = '';
let server: ChildProcess | undefined;

test.describe('dev server', () => {
	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'explainer-dev-'));
		for (const f of ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'src', 'static', 'data', 'scripts'])
			cpSync(resolve(f), join(dir, f), { recursive: true, filter: (p) => !p.includes('/static/client') });
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
		server = spawn('npx', ['vite', 'dev', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: dir, stdio: 'pipe' });
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline) {
			try {
				if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
			} catch {
				/* not up yet */
			}
			await new Promise((r) => setTimeout(r, 500));
		}
		throw new Error('dev server did not start');
	});

	test.afterAll(() => {
		server?.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('an invalid edit shows its error in the page, and fixing it restores the page', async ({ page }) => {
		const file = join(dir, 'data', 'events.json');
		const good = readFileSync(file, 'utf8');
		const events = JSON.parse(good).events;
		await page.goto(`http://127.0.0.1:${PORT}/`);
		await expect(page.locator('h1')).not.toHaveText(/could not be built/);

		writeFileSync(file, good.replace(`"date": "${events[3].date}"`, '"date": "2010-02-30"'));
		await expect(page.locator('pre')).toContainText('data/events.json:', { timeout: 20_000 });
		await expect(page.locator('pre')).toContainText('/events/3/date');
		await expect(page.locator('pre')).toContainText('2010-02-30');

		const renamed = good.replace(events[0].title.en, 'A title changed while the preview runs');
		writeFileSync(file, renamed);
		await expect(page.locator(`#event-${events[0].id} h3`)).toHaveText('A title changed while the preview runs', { timeout: 20_000 });
	});
});
