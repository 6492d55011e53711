/**
 * The editors' preview: with `npm run dev` running, saving an invalid data file shows the
 * problem in the page, and fixing it brings the story back — without a restart or a manual
 * reload. Runs on a copy of the project so the real data files are never touched.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, startVite } from './project-copy';

// These build or serve a whole copy of the project: slower than a page test.
test.describe.configure({ timeout: 180_000 });

let copy: ReturnType<typeof copyProject> | undefined;
let server: Awaited<ReturnType<typeof startVite>> | undefined;

test.describe('dev server', () => {
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		copy = copyProject('explainer-dev-');
		server = await startVite(copy.dir, 'dev');
	});

	test.afterAll(() => {
		server?.stop();
		copy?.remove();
	});

	test('an invalid edit shows its error in the page, and fixing it restores the page', async ({ page }) => {
		const file = join(copy!.dir, 'data', 'events.json');
		const good = readFileSync(file, 'utf8');
		const events = JSON.parse(good).events;
		await page.goto(server!.url);
		await expect(page.locator('h1')).not.toHaveText(/could not be built/);

		writeFileSync(file, good.replace(`"date": "${events[3].date}"`, '"date": "2010-02-30"'));
		await expect(page.locator('pre')).toContainText('data/events.json:', { timeout: 20_000 });
		await expect(page.locator('pre')).toContainText('/events/3/date');
		await expect(page.locator('pre')).toContainText('2010-02-30');

		const renamed = good.replace(events[0].title.en, 'A title changed while the preview runs');
		writeFileSync(file, renamed);
		await expect(page.locator(`#event-${events[0].id} .event-title`)).toHaveText('A title changed while the preview runs', { timeout: 20_000 });
	});
});
