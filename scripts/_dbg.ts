import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
page.on('console', (m) => console.log('console:', m.text()));
await page.goto('http://127.0.0.1:4173/#map-2020');
await page.waitForTimeout(800);
console.log(await page.locator('.map').getAttribute('data-step'));
await page.emulateMedia({ media: 'print' });
await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
await page.waitForTimeout(300);
console.log(await page.locator('.map').getAttribute('data-step'));
await page.emulateMedia({ media: 'screen' });
await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
for (let i = 0; i < 3; i++) {
await page.locator('#map-tower-22 .card').evaluate((el) => { const r = el.getBoundingClientRect(); window.scrollTo({ top: window.scrollY + r.top - window.innerHeight * 0.6, behavior: 'instant' }); });
await page.waitForTimeout(800);
console.log(await page.locator('.map').getAttribute('data-step'), await page.evaluate(() => [window.scrollY, document.querySelector('#map-tower-22 .card')!.getBoundingClientRect().top, innerHeight, [...document.querySelectorAll('#map-story .card')].map(c => Math.round(c.getBoundingClientRect().top)).join(',')]));
}
await browser.close();
