/**
 * No localhost in a published build: without SITE_URL the build says so and /embed/ shows a
 * notice instead of codes; with SITE_URL no built file names localhost. Builds a copy twice.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy';

test.describe.configure({ timeout: 300_000 });

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}

test('a build without SITE_URL warns and shows no embed codes; with it, no built file names localhost', async () => {
	const copy = copyProject('explainer-site-url-');
	const notice = JSON.parse(readFileSync('data/story.json', 'utf8')).ui.embedsNoSite.en;
	try {
		const env = { ...process.env };
		delete env.SITE_URL;
		const local = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: copy.dir, encoding: 'utf8', env });
		expect(local.status, local.stderr).toBe(0);
		expect(local.stdout + local.stderr).toMatch(/SITE_URL is not set/);
		const index = readFileSync(join(copy.dir, 'build/embed/index.html'), 'utf8');
		expect(index).toContain(notice);
		expect(index).not.toContain('id="embed-code-map"');

		const published = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: copy.dir, encoding: 'utf8', env: { ...env, SITE_URL: 'https://news.example.org' } });
		expect(published.status, published.stderr).toBe(0);
		expect(published.stdout + published.stderr).not.toMatch(/SITE_URL is not set/);
		const withLocalhost = files(join(copy.dir, 'build')).filter((f) => !/\.(png|woff2)$/.test(f) && readFileSync(f, 'utf8').includes('localhost'));
		expect(withLocalhost).toEqual([]);
		expect(readFileSync(join(copy.dir, 'build/embed/index.html'), 'utf8')).toContain('https://news.example.org/embed.js');
	} finally {
		copy.remove();
	}
});
