import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4173';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [lang, widths, which] = [process.argv[2] ?? '', (process.argv[3] ?? '390,1280').split(',').map(Number), process.argv[4]];
for (const width of widths) {
	const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 800 }, reducedMotion: 'reduce' });
	await page.goto(base + '/' + (lang ? lang + '/' : ''));
	const ids = await page.$$eval('#troop-story .step', (s) => s.map((x) => x.id));
	for (const id of ids) {
		if (which && !which.split(',').includes(id)) continue;
		await page.locator('#' + id + ' .card').scrollIntoViewIfNeeded();
		await page.evaluate((id) => { const c = document.querySelector('#' + id + ' .card')!; window.scrollBy(0, c.getBoundingClientRect().top - innerHeight * 0.5); }, id);
		await page.waitForTimeout(700);
		await page.screenshot({ path: `/tmp/ch-${lang || 'en'}-${width}-${id}.png` });
	}
	await page.close();
}
await browser.close();
