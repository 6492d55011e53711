/** Keyboard and screen-reader paths, motion and the content security policy (print: print.spec.ts). */
import { expect, test } from '@playwright/test';
import { readData, readStep } from './helpers';

const story = readData('story');

test('keyboard alone reaches every step, control and table', async ({ page }) => {
	await page.goto('/');
	const reached = new Set<string>();
	for (let i = 0; i < 700; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return '';
			// Through a string: TypeScript narrows el.matches('summary') to a type, then to never.
			const is = (selector: string) => el.matches(selector);
			const step = el.closest('.step')?.id;
			if (el.closest('.step-nav') && step) return `step:${step}`;
			if (is('input[type=radio]')) return 'filter';
			if (is('summary')) return `summary:${el.closest('details')?.id || el.closest('details')?.classList[0]}`;
			if (is('[data-spot]')) return 'chip';
			if (is('[data-copy]')) return 'copy';
			if (is('a[href*="sources/#"]')) return `table:${el.getAttribute('href')!.split('#')[1]}`;
			if (is('[data-motion-switch]')) return 'motion';
			if (is('.skip-link')) return 'skip';
			return el.tagName;
		});
		reached.add(id);
		if (id === '' && i > 10) break;
	}
	for (const s of [...story.map.steps, ...story.troops.steps]) expect(reached, s.id).toContain(`step:${s.id}`);
	for (const control of ['skip', 'motion', 'chip', 'filter', 'summary:embed-code', 'table:troops-table', 'table:map-table']) expect(reached, control).toContain(control);
});

/** One line of an ARIA snapshot template, quoted for YAML when the text holds ": ". */
function line(indent: number, text: string) {
	const key = text.endsWith(':') ? text.slice(0, -1) : text;
	const quoted = key.includes(': ') ? `'${key.replace(/'/g, "''")}'` : key;
	return ' '.repeat(indent) + '- ' + quoted + (text.endsWith(':') ? ':' : '');
}

test('the landmarks and headings make sense to a screen reader', async ({ page }) => {
	await page.goto('/');
	const region = (name: string) => `region "${name}"`;
	const h = (name: string, level: number) => `heading "${name}" [level=${level}]`;
	const template = [
		line(0, `link "${story.ui.skipToContent.en}"`),
		line(0, 'banner:'),
		line(2, h(story.intro.headline.en, 1)),
		line(0, 'main:'),
		line(2, region(story.footprint.title.en)),
		line(2, region(story.intro.kicker.en)),
		line(2, h(story.map.heading.en, 2)),
		line(2, region(story.ui.mapSection.en)),
		line(2, h(story.troops.heading.en, 2)),
		line(2, region(story.ui.chartSection.en)),
		line(2, region(story.next.heading.en)),
		line(2, region(story.timeline.heading.en) + ':'),
		line(4, h(story.timeline.heading.en, 2)),
		line(4, `group "${story.ui.filterLabel.en}"`),
		line(4, `navigation "${story.ui.years.en}"`),
		line(4, 'list'),
		line(2, region(story.method.heading.en)),
		line(2, region(story.ui.sourcesHeading.en)),
		line(0, 'contentinfo')
	].join('\n');
	await expect(page.locator('body')).toMatchAriaSnapshot(template);
	// The map is hidden from assistive technology; the chart is not (its figures are controls).
	// Either way the steps carry the descriptions.
	await expect(page.locator('.sticky-graphic[aria-hidden="true"]')).toHaveCount(1);
	await expect(page.locator('.sticky-graphic[aria-hidden="true"] .map')).toHaveCount(1);
	for (const s of story.map.steps) await expect(page.locator(`#${s.id} .sr-only`)).toHaveText(s.description.en);
});

test('a live region announces a short summary per step', async ({ page }) => {
	await page.goto('/');
	const step = story.map.steps[2];
	await page.locator(`#${step.id} .card`).scrollIntoViewIfNeeded();
	await page.evaluate((id) => {
		const card = document.querySelector(`#${id} .card`)!;
		window.scrollTo({ top: window.scrollY + card.getBoundingClientRect().top - window.innerHeight * 0.4, behavior: 'instant' });
	}, step.id);
	await expect(page.locator('#map-story [aria-live]')).toHaveText(step.announce.en);
});

test("the motion switch remembers the reader's choice in this browser", async ({ page }) => {
	await page.goto('/');
	const button = page.locator('[data-motion-switch]');
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await page.reload();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('.map .basemap')).toHaveCSS('transition-duration', '0s');
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('turns transitions off, and the motion switch overrides it either way', async ({ page }) => {
		await page.goto('/');
		const duration = () => page.locator('.map .basemap').evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(await duration()).toBe('0s');
		const button = page.locator('[data-motion-switch]');
		await expect(button).toBeVisible();
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		expect(await duration()).not.toBe('0s');
		await button.click();
		expect(await duration()).toBe('0s');
	});

	test('moves the graphics between steps at once, with nothing fading', async ({ page }) => {
		await page.goto('/');
		for (const [figure, step] of [['.map', story.map.steps[1]], ['.chart', story.troops.steps[1]]] as const) {
			await readStep(page, step.id);
			await expect(page.locator(figure)).toHaveAttribute('data-step', step.id);
			await expect(page.locator(figure)).not.toHaveClass(/moving/);
		}
		await expect(page.locator('.map .overlay')).toHaveCSS('opacity', '1');
		await expect(page.locator('.chart .frame svg')).toHaveCSS('opacity', '1');
	});
});

for (const path of ['/', '/embed/', '/embed/map/', '/embed/troops/', '/embed/timeline/'])
	test(`${path} has a strict CSP with no inline scripts`, async ({ page }) => {
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toContain('unsafe-eval');
		expect(await page.locator('script:not([src])').count()).toBe(0);
	});
