/**
 * The timeline reads at a glance: key events first, every event one control away (also
 * without JavaScript), years to jump to on a phone, and "What comes next" before it.
 */
import { expect, test } from '@playwright/test';
import { readData } from './helpers';

const story = readData('story');
const events = readData('events').events as { id: string; key?: boolean; date: string }[];
const keyEvents = events.filter((e) => e.key);

test('shows the key events first, in a section a phone can scroll through', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	expect(keyEvents.length).toBeGreaterThanOrEqual(10);
	await expect(page.locator('.timeline li.event:visible')).toHaveCount(keyEvents.length);
	// Laid out in full (as the page does ahead of the reader), the section stays short.
	await page.evaluate(() => document.querySelectorAll<HTMLElement>('.timeline article').forEach((a) => (a.style.contentVisibility = 'visible')));
	expect(await page.locator('.timeline-section').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(4500);
});

test('a year in the year navigation jumps to its heading, on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const years = page.locator('.year-nav a:visible');
	expect(await years.count()).toBeGreaterThanOrEqual(5);
	const link = years.nth(3);
	const target = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	const top = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(-1);
	expect(top).toBeLessThan(844 / 2);
});

test('"What comes next" comes before the timeline, and the sources section after it', async ({ page }) => {
	await page.goto('/');
	const order = await page.locator('#next, #timeline, #sources').evaluateAll((els) => els.map((e) => e.id));
	expect(order).toEqual(['next', 'timeline', 'sources']);
});

test('in the Arabic-script editions, Latin citations in the timeline are isolated and marked as English', async ({ page }) => {
	for (const path of ['/ar/', '/ckb/']) {
		await page.goto(path);
		await expect(page.locator('.timeline .sources a bdi[lang="en"]').first()).toBeAttached();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('"show all" reveals every event', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.timeline li.event:visible')).toHaveCount(keyEvents.length);
		await page.locator('.show-all label').click();
		await expect(page.locator('.timeline li.event:visible')).toHaveCount(events.length);
		await expect(page.locator('.year-nav a:visible')).toHaveCount(new Set(events.map((e) => e.date.slice(0, 4))).size);
	});
});
