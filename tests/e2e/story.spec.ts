import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { overlaps, readData, readStep, watch } from './helpers';

const story = readData('story');
const events = readData('events').events as { id: string; title: { en: string }; category: string; key?: boolean }[];
const troops = readData('troops').series as { points: unknown[] }[];

test.describe('the story page', () => {
	test('renders the story, the map, the chart and every event, with no console errors or foreign requests', async ({ page, baseURL }) => {
		const seen = watch(page, new URL(baseURL!).origin);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.intro.headline.en);
		await expect(page.locator('.map path[data-country="368"]')).toHaveCount(1);
		await expect(page.locator('.map path[data-country="760"]')).toHaveCount(1);
		await expect(page.locator('.chart .mark')).toHaveCount(troops.reduce((n, s) => n + s.points.length, 0));
		await expect(page.locator('.timeline li.event')).toHaveCount(events.length);
		for (const e of events.slice(0, 3)) await expect(page.locator(`#event-${e.id} .event-title`)).toHaveText(e.title.en);
		await page.keyboard.press('End');
		await page.waitForTimeout(300);
		expect(seen.errors).toEqual([]);
		expect(seen.foreign).toEqual([]);
	});

	test('once the page is idle, the rest of the story is laid out ahead of the reader: scrolling to the end changes nothing in its height', async ({ page }) => {
		await page.goto('/');
		const height = () => page.evaluate(() => document.documentElement.scrollHeight);
		// Idle: every lazily laid-out part has been laid out ahead (a few per idle frame).
		await expect
			.poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-lazy]')].every((el) => el.style.contentVisibility === 'visible')), { timeout: 20_000 })
			.toBe(true);
		// Settled: the same height twice, half a second apart.
		await expect
			.poll(async () => {
				const before = await height();
				await page.waitForTimeout(500);
				return before === (await height());
			})
			.toBe(true);
		const settled = await height();
		// Lazily laid-out parts would take their real size only as the reader passes them.
		for (let y = 0; y < settled; y += 600) {
			await page.evaluate((top) => new Promise((done) => { window.scrollTo(0, top); requestAnimationFrame(() => requestAnimationFrame(done)); }), y);
		}
		expect(await height()).toBe(settled);
	});

	test('each map step changes the map as the reader scrolls', async ({ page }) => {
		await page.goto('/');
		const map = page.locator('.map');
		const seenTransforms = new Set<string>();
		for (const step of story.map.steps) {
			await readStep(page, step.id);
			await expect(map).toHaveAttribute('data-step', step.id);
			for (const id of step.highlight) await expect(page.locator(`.map .marker[data-place="${id}"]`)).toHaveClass(/\bon\b/);
			seenTransforms.add((await page.locator('.map .basemap').getAttribute('style')) ?? '');
		}
		expect(seenTransforms.size).toBeGreaterThan(3);
	});

	test('while the map zooms, its places fade out and come back at their new place', async ({ page }) => {
		await page.goto('/');
		const map = page.locator('.map');
		const views = (JSON.parse((await map.getAttribute('data-views')) ?? '[]') as unknown[]).map((v) => JSON.stringify(v));
		// The first step whose state zooms the map away from the one before it.
		const i = story.map.steps.findIndex((_: unknown, n: number) => n > 0 && views[n + 1] !== views[n]);
		expect(i).toBeGreaterThan(0);
		await readStep(page, story.map.steps[i - 1].id);
		await expect(map).toHaveAttribute('data-step', story.map.steps[i - 1].id);
		await expect(map).not.toHaveClass(/moving/);
		const marker = page.locator('.map .marker').first();
		const before = await marker.getAttribute('style');
		// Sample the places' layer in every frame while the map moves.
		await page.evaluate(`(() => {
			const overlay = document.querySelector('.map .overlay');
			window.__faded = 1;
			const end = performance.now() + 2500;
			const tick = () => { window.__faded = Math.min(window.__faded, Number(getComputedStyle(overlay).opacity)); if (performance.now() < end) requestAnimationFrame(tick); };
			requestAnimationFrame(tick);
		})()`);
		await readStep(page, story.map.steps[i].id);
		await expect(map).toHaveAttribute('data-step', story.map.steps[i].id);
		await expect.poll(() => page.evaluate('window.__faded')).toBeLessThan(0.5);
		await expect(map).not.toHaveClass(/moving/);
		await expect(page.locator('.map .overlay')).toHaveCSS('opacity', '1');
		// The step's own labels and scale bar are the ones in the map, one set of each.
		for (const slot of ['countries', 'places', 'scale']) {
			await expect(page.locator(`.map .overlay [data-slot="${slot}"]`)).toHaveCount(1);
			await expect(page.locator(`.map .overlay [data-slot="${slot}"]`)).toHaveAttribute('data-for', String(i + 1));
		}
		const { k, tx, ty } = JSON.parse(views[i + 1]) as { k: number; tx: number; ty: number };
		const [x, y] = await marker.evaluate((el) => [Number((el as HTMLElement).dataset.x), Number((el as HTMLElement).dataset.y)]);
		const style = (await marker.getAttribute('style')) ?? '';
		expect(style).not.toBe(before);
		const [, sx, sy] = style.match(/translate\(([-\d.]+)px, ([-\d.]+)px\)/)!.map(Number);
		expect(Math.abs(sx - (x * k + tx))).toBeLessThan(0.2);
		expect(Math.abs(sy - (y * k + ty))).toBeLessThan(0.2);
	});

	test('each chart step changes the chart as the reader scrolls, and back up again', async ({ page }) => {
		await page.goto('/');
		const chart = page.locator('.chart');
		const ticks: string[] = [];
		for (const step of story.troops.steps) {
			await readStep(page, step.id);
			await expect(chart).toHaveAttribute('data-step', step.id);
			// The scales change while the chart is faded out.
			await expect(chart).not.toHaveClass(/moving/);
			ticks.push((await page.locator('.chart .axes:not(.off) .x-axis').textContent()) ?? '');
			await expect(page.locator('.chart .axes:not(.off)')).toHaveCount(1);
		}
		expect(new Set(ticks).size).toBe(story.troops.steps.length);
		await readStep(page, story.troops.steps[0].id);
		await expect(chart).toHaveAttribute('data-step', story.troops.steps[0].id);
	});

	test('a reader who scrolls past chart steps faster than the chart changes ends with the chart of the step they stop at', async ({ page }) => {
		// What the chart shows: its one set of axes and scale numbers, and where each figure stands.
		const drawn = () =>
			page.locator('.chart').evaluate((figure) => ({
				parts: [...figure.querySelectorAll('svg [data-slot]')].map((p) => `${p.getAttribute('data-slot')}:${p.getAttribute('data-for')}`).sort(),
				marks: [...figure.querySelectorAll<SVGGElement>('.mark')].map((m) => `${m.style.transform}|${m.classList.contains('out')}`),
				lines: figure.querySelector<SVGGElement>('.lines')!.style.transform
			}));
		const steps = story.troops.steps as { id: string }[];
		const last = steps[steps.length - 1];
		// Slowly: step by step, each change finished before the next.
		await page.goto('/');
		for (const step of steps) {
			await readStep(page, step.id);
			await expect(page.locator('.chart')).toHaveAttribute('data-step', step.id);
			await expect(page.locator('.chart')).not.toHaveClass(/moving/);
		}
		const slowly = await drawn();
		// Quickly: every step in turn, a frame or two apart, while the chart is still changing.
		await page.goto('/');
		await readStep(page, steps[0].id);
		await expect(page.locator('.chart')).toHaveAttribute('data-step', steps[0].id);
		for (const step of steps.slice(1)) {
			await readStep(page, step.id);
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		}
		await expect(page.locator('.chart')).toHaveAttribute('data-step', last.id);
		await expect(page.locator('.chart')).not.toHaveClass(/moving/);
		await page.waitForTimeout(1000);
		expect(await drawn()).toEqual(slowly);
		await expect(page.locator('.chart .frame > svg')).toHaveCSS('opacity', '1');
	});

	test('a link to a step lands on that step, and so does a jump to the end', async ({ page }) => {
		const step = story.map.steps[4];
		await page.goto(`/#${step.id}`);
		await expect(page.locator('.map')).toHaveAttribute('data-step', step.id);
		const last = story.troops.steps[story.troops.steps.length - 1];
		await page.goto(`/#${last.id}`);
		await expect(page.locator('.chart')).toHaveAttribute('data-step', last.id);
	});

	test('the step keys move through the steps by keyboard', async ({ page }) => {
		await page.goto(`/#${story.map.steps[0].id}`);
		const next = page.locator(`#${story.map.steps[0].id} .step-nav a`).last();
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.map')).toHaveAttribute('data-step', story.map.steps[1].id);
	});

	test('the timeline filter works by keyboard', async ({ page }) => {
		await page.goto('/#timeline');
		const all = page.getByRole('radio', { name: story.ui.allCategories.en });
		await all.focus();
		await page.keyboard.press('ArrowRight');
		const first = story.categories[0];
		await expect(page.getByRole('radio', { name: first.label.en })).toBeChecked();
		// Key events first: the filter applies to them, then to every event once "show all" is ticked.
		const visible = page.locator('.timeline li.event:visible');
		await expect(visible).toHaveCount(events.filter((e) => e.category === first.id && e.key).length);
		for (const c of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-category')))) expect(c).toBe(first.id);
		const showAll = page.getByRole('checkbox', { name: new RegExp(story.ui.showAllEvents.en) });
		await showAll.focus();
		await page.keyboard.press('Space');
		await expect(showAll).toBeChecked();
		await expect(visible).toHaveCount(events.filter((e) => e.category === first.id).length);
		await all.focus();
		await page.keyboard.press('Space');
		await expect(page.locator('.timeline li.event:visible')).toHaveCount(events.length);
		await expect(page.locator('[data-count]')).toContainText(String(events.length));
	});

	test('hovering or focusing a place shows its details', async ({ page }) => {
		const step = story.map.steps[0];
		await page.goto(`/#${step.id}`);
		await page.locator(`#${step.id} .chips button`).first().focus();
		await expect(page.locator('.map .detail')).toBeVisible();
		await expect(page.locator('.map .detail strong')).not.toBeEmpty();
	});

	for (const root of ['/', '/ar/'])
		test(`${root}: a place's details open beside it and its name, never over them`, async ({ page }) => {
			const step = story.map.steps[1];
			await page.goto(root);
			await readStep(page, step.id);
			const map = page.locator('.map');
			await expect(map).toHaveAttribute('data-step', step.id);
			await expect(map).not.toHaveClass(/moving/);
			const chips = page.locator(`#${step.id} .chips button`);
			expect(await chips.count()).toBeGreaterThan(1);
			for (const chip of await chips.all()) {
				await chip.focus();
				const key = await chip.getAttribute('data-spot');
				await expect(map.locator('.detail')).toBeVisible();
				const box = (await map.locator('.detail').boundingBox())!;
				// The place's symbol and its name on the map.
				const covered = [(await map.locator(`[data-place="${key}"] .sym`).boundingBox())!];
				for (const label of await map.locator(`.overlay [data-label="${key}"]`).all()) if (await label.isVisible()) covered.push((await label.boundingBox())!);
				expect(covered.length, `${key} is drawn and named`).toBe(2);
				for (const r of covered) expect(overlaps(box, r), `the details cover ${await chip.textContent()}`).toBe(false);
			}
		});

	for (const scheme of ['light', 'dark'] as const)
		test(`has no axe violations (${scheme})`, async ({ page }) => {
			// axe reads the whole story with every table open: slow on a shared 2-core machine.
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/');
			await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
		});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every graphic is visible and the whole story is readable', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.map svg').first()).toBeVisible();
		await expect(page.locator('.map path[data-country="368"]')).toHaveCount(1);
		await expect(page.locator('.chart svg').first()).toBeVisible();
		await expect(page.locator('.chart .mark').first()).toBeAttached();
		await expect(page.locator('.timeline li.event')).toHaveCount(events.length);
		for (const s of [...story.map.steps, ...story.troops.steps]) await expect(page.locator(`#${s.id}`)).toBeAttached();
	});

	// What lies far below the first screen is left out of the page's first layout (the longest
	// task while it loads) and laid out as the reader nears it: here, with no script to lay it
	// out ahead, it is still skipped after load, and ready once scrolled to.
	for (const root of ['/', '/ar/'])
		test(`${root}: loading lays out the first screen only; the rest is laid out as the reader reaches it`, async ({ page }) => {
			await page.goto(root);
			const rendered = (sel: string) => page.locator(sel).first().evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
			expect(await rendered('h1')).toBe(true);
			expect(await rendered('#footprint svg')).toBe(true);
			for (const far of ['#troop-story .sticky-graphic', '#voices', '#method', '#credits']) expect(await rendered(far), far).toBe(false);
			await page.locator('#method').scrollIntoViewIfNeeded();
			await expect.poll(() => rendered('#method')).toBe(true);
			await expect(page.locator('#method')).toBeVisible();
		});
});
