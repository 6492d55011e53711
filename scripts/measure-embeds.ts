/**
 * npm run embed:heights — measures each embed's content height at the width the embed codes
 * state (EMBED_WIDTH), in every edition, on the built site (run `npm run build` first), and
 * writes the largest per graphic, rounded up to 10 px, to src/lib/embed/heights.json. Run it,
 * and build again, when a change to the data or the layout makes a graphic taller; the test
 * suite says when.
 */
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './serve-static.ts';
import { EDITIONS, editionPath } from '../src/lib/editions/registry.ts';
import { EMBED_WIDTH } from '../src/lib/embed/heights.ts';
import { readdirSync } from 'node:fs';

if (!existsSync('build/embed')) {
	console.error('✗ No build: run npm run build first.');
	process.exit(1);
}
const graphics = readdirSync('build/embed', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const { server, origin } = await serveStatic(resolve('build'));
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
const heights: Record<string, number> = {};
for (const scheme of ['light', 'dark'] as const) {
	const page = await browser.newPage({ viewport: { width: EMBED_WIDTH, height: 900 }, colorScheme: scheme });
	for (const g of graphics)
		for (const e of EDITIONS) {
			await page.goto(`${origin}${editionPath(e, `embed/${g}/`)}`);
			await page.evaluate(() => document.fonts.ready);
			// The content's own height, as the embed reports it to a loader (the document is at least the viewport's).
			const h = await page.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().bottom));
			heights[g] = Math.max(heights[g] ?? 0, Math.ceil(h / 10) * 10);
		}
	await page.close();
}
await browser.close();
server.close();
writeFileSync('src/lib/embed/heights.json', JSON.stringify(heights, null, '\t') + '\n');
console.log(`wrote src/lib/embed/heights.json: ${JSON.stringify(heights)}`);
