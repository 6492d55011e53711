/**
 * The registries are the only places an edition or a graphic is named: a fourth edition is one
 * registry entry and its texts, and a new graphic is one folder and one registry entry. Each
 * is added to a copy of the project, which is then built.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function build(dir: string) {
	const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
	expect(run.status, run.stdout + run.stderr).toBe(0);
	return (file: string) => readFileSync(join(dir, 'build', file), 'utf8');
}

test('a fourth edition is one registry entry and its texts', async () => {
	test.setTimeout(300_000);
	const fixture = readJson('tests/fixtures/edition-fr.json');
	const { code } = fixture.edition;
	const copy = copyProject('explainer-fourth-edition-');
	try {
		const registry = join(copy.dir, 'src/lib/editions/registry.ts');
		writeFileSync(registry, readFileSync(registry, 'utf8').replace('] as const satisfies readonly Edition[];', `,\n\t${JSON.stringify(fixture.edition)}\n] as const satisfies readonly Edition[];`));
		// Its texts: the fixture's own, and every other text the English one, marked as the test edition's.
		for (const file of readdirSync(join(copy.dir, 'data')).filter((f) => f.endsWith('.json'))) {
			const path = join(copy.dir, 'data', file);
			const doc = readJson(path);
			const own: Record<string, string> = fixture.texts[file] ?? {};
			const visit = (v: unknown, pointer: string) => {
				if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${pointer}/${i}`));
				else if (v && typeof v === 'object') {
					const o = v as Record<string, unknown>;
					if (typeof o.en === 'string') o[code] = own[pointer] ?? `[${code}] ${o.en}`;
					else for (const [k, x] of Object.entries(o)) visit(x, `${pointer}/${k}`);
				}
			};
			visit(doc, '');
			writeFileSync(path, JSON.stringify(doc, null, 2) + '\n');
		}
		const built = build(copy.dir);
		const home = built(`${code}/index.html`);
		expect(home).toMatch(new RegExp(`<html lang="${code}" dir="ltr"`));
		expect(home.includes(fixture.texts['story.json']['/intro/headline']), 'the headline in the new language').toBe(true);
		// Dates from Intl in the new locale: the talks opened on 27 janvier 2024.
		expect(home.includes(new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 27)))), 'a French date').toBe(true);
		// Every other edition's switch offers it, and it offers them.
		expect(built('index.html').includes(`hreflang="${code}"`), 'the English edition links to it').toBe(true);
		expect(home.includes('hreflang="ckb"'), 'a link to the Kurdish edition').toBe(true);
		for (const g of ['footprint', 'map', 'troops', 'timeline']) {
			expect(built(`${code}/embed/${g}/index.html`)).toMatch(new RegExp(`<html lang="${code}"`));
			expect(existsSync(join(copy.dir, 'build', 'images', code, `${g}.png`))).toBe(true);
			expect(readJson(join(copy.dir, 'build', 'oembed', `${code}-${g}.json`)).html).toContain(`/${code}/embed/${g}/`);
		}
		expect(built(`${code}/embed/index.html`)).toContain(`data-lang="${code}"`);
	} finally {
		copy.remove();
	}
});

test('a new graphic is one folder and one registry entry, and shows up everywhere', async () => {
	test.setTimeout(300_000);
	const copy = copyProject('explainer-new-graphic-');
	try {
		cpSync('tests/fixtures/dummy-graphic', join(copy.dir, 'src/lib/charts/dummy'), { recursive: true });
		const registry = join(copy.dir, 'src/lib/charts/registry.ts');
		const source = readFileSync(registry, 'utf8');
		writeFileSync(
			registry,
			source.replace("import type { GraphicDescriptor } from './graphic';", "import type { GraphicDescriptor } from './graphic';\nimport { dummyGraphic } from './dummy';").replace(/(export const GRAPHICS[^=]*= \[)([^\]]*)\]/, '$1$2, dummyGraphic]')
		);
		const built = build(copy.dir);
		for (const prefix of ['', 'ar/', 'ckb/']) {
			const story = built(`${prefix}index.html`);
			expect(story).toContain('id="dummy-graphic"');
			expect(story).toContain('data-dummy-figure');
			expect(built(`${prefix}embed/index.html`)).toContain('data-coalition-embed="dummy"');
			expect(built(`${prefix}embed/dummy/index.html`)).toContain('data-dummy-figure');
			expect(built(`images/${prefix}dummy.svg`)).toContain('Dummy graphic title');
			expect(existsSync(join(copy.dir, 'build', 'images', `${prefix}dummy.png`))).toBe(true);
		}
		expect(readJson(join(copy.dir, 'build', 'oembed', 'dummy.json')).height).toBe(300);
	} finally {
		copy.remove();
	}
});
