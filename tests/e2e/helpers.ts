import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export const readData = <T = any>(name: string): T => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));

/** Collects console errors and requests that leave the site's own origin. */
export function watch(page: Page, origin: string) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
	});
	return { errors, foreign };
}

/** Scrolls a step's card to where a reader would be reading it, and waits for the graphic. */
export async function readStep(page: Page, id: string) {
	await page.locator(`#${id} .card`).evaluate((el) => {
		const r = el.getBoundingClientRect();
		const target = window.scrollY + r.top - window.innerHeight * (window.innerWidth >= 896 ? 0.35 : 0.6);
		window.scrollTo({ top: target, behavior: 'instant' });
	});
}
