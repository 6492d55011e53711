import { chromium } from '@playwright/test';
const [w, scheme, base, ...hashes] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(w) < 600 ? 844 : 800 }, colorScheme: scheme as 'light' });
for (const h of hashes) {
	await page.goto('http://127.0.0.1:4173' + base + (h === 'top' ? '' : '#' + h));
	await page.waitForTimeout(1000);
	await page.screenshot({ path: `/tmp/s-${w}-${scheme}-${base.replace(/\W/g, '')}-${h}.png` });
}
await browser.close();
