/** Crawls the built site from its front page: every page, data file, image and embed must exist, and every #fragment must land on an id. */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

test('no broken internal link or missing asset', async ({ request, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const queue = ['/', '/embed/'];
	const seen = new Set<string>();
	const pages = new Map<string, string>();
	const fragments: [string, string, string][] = [];
	const broken: string[] = [];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const res = await request.get(path);
		if (!res.ok()) {
			broken.push(`${res.status()} ${path}`);
			continue;
		}
		if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await res.text();
		pages.set(path, html);
		for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
			const raw = m[1].replace(/&amp;/g, '&');
			const url = new URL(raw, origin + path);
			if (url.origin !== origin) continue;
			if (url.hash) fragments.push([path, url.pathname, url.hash.slice(1)]);
			if (!seen.has(url.pathname)) queue.push(url.pathname);
		}
	}
	expect(broken).toEqual([]);
	expect(seen.size).toBeGreaterThan(20);
	const missing = fragments.filter(([, target, id]) => pages.has(target) && !pages.get(target)!.includes(`id="${decodeURIComponent(id)}"`));
	expect(missing.map(([from, target, id]) => `${from} → ${target}#${id}`)).toEqual([]);
});

test('publishes no page data beside the pages (they ship no framework to read it)', () => {
	// The published folder, as a host receives it (the preview server serves SvelteKit's own output).
	const files = readdirSync('build', { recursive: true }).map(String);
	expect(files).toContain('index.html');
	expect(files).toContain(join('ar', 'sources', 'index.html'));
	expect(files.filter((f) => f.endsWith('__data.json'))).toEqual([]);
});
