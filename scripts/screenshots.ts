/**
 * npm run screenshots — full-page PNGs of the built story at 390 and 1280 px, light and dark,
 * into screenshots/ (not committed), for looking at the pages as a reader would.
 * Needs `npm run build` and `npm run preview` (port 4173) running.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const paths = (process.argv[2] ?? '/').split(',');
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
for (const path of paths)
	for (const width of [390, 1280])
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme: scheme });
			await page.goto(base + path);
			const hash = process.argv[3];
			if (hash) {
				await page.goto(base + path + '#' + hash);
				await page.waitForTimeout(900);
			}
			const name = `screenshots/${path.replace(/\W+/g, '_') || 'index'}${hash ? '-' + hash : ''}-${width}-${scheme}.png`;
			await page.screenshot({ path: name, fullPage: !hash });
			console.log(name);
			await page.close();
		}
await browser.close();
