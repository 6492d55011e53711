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

export type Rect = { x: number; y: number; width: number; height: number };
/** Whether two boxes overlap by more than half a pixel. */
export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Scrolls a step's card to where a reader would be reading it, and waits for the graphic. */
export async function readStep(page: Page, id: string) {
	await page.locator(`#${id} .card`).evaluate((el) => {
		const r = el.getBoundingClientRect();
		const target = window.scrollY + r.top - window.innerHeight * (window.innerWidth >= 896 ? 0.35 : 0.6);
		window.scrollTo({ top: target, behavior: 'instant' });
	});
}

/** Visible reader-facing text matching a pattern (Latin words, Latin digits…), leaving out what is
 *  not reader-facing prose: source names and titles (proper nouns), embed code, and anything
 *  marked as English. Each hit names its element, for the failure message. */
export async function visibleWords(page: Page, pattern: RegExp): Promise<string[]> {
	return page.evaluate((source) => {
		const pattern = new RegExp(source, 'g');
		const skip = (el: Element | null) => !!el?.closest('.sources, .embed-code .code, [lang="en"], script, style');
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || skip(el) || !(el as HTMLElement).checkVisibility?.()) continue;
			for (const w of n.textContent!.match(pattern) ?? []) out.push(`${w} (${el.tagName.toLowerCase()}.${el.className})`);
		}
		for (const el of document.querySelectorAll('[aria-label], [title], img[alt]'))
			if (!skip(el)) for (const attr of ['aria-label', 'title', 'alt']) for (const w of el.getAttribute(attr)?.match(pattern) ?? []) out.push(`${w} (@${attr})`);
		return out;
	}, pattern.source);
}
