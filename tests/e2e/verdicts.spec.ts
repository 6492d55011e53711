/**
 * One verdict: check:data and the build agree on every fixture — the same problems, at the same
 * place, with the same message — and neither prints a stack trace. Runs on a copy of the project.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy';

test.describe.configure({ timeout: 300_000 });

type Fixture = { name: string; file: string; corrupt: (t: string) => string } | { name: string; file: string; copy: string };
const replace = (a: string, b: string) => (t: string) => {
	if (!t.includes(a)) throw new Error(`fixture needle not found: ${a}`);
	return t.replace(a, b);
};
const FIXTURES: Fixture[] = [
	{ name: 'a trailing comma', file: 'troops.json', corrupt: replace('"value": 9500,', '"value": 9500,,') },
	{ name: 'a missing Kurdish text', file: 'places.json', corrupt: (t) => t.replace(/,\n\s*"ckb": "مووسڵ"/, '') },
	{ name: 'a billion troops', file: 'troops.json', corrupt: replace('"value": 192000', '"value": 1000000000') },
	{ name: 'a place moved into Iran', file: 'places.json', corrupt: replace('"lon": 44.362', '"lon": 46.9') },
	{ name: 'an unclosed emphasis', file: 'events.json', corrupt: replace('Saddam Hussein', '*Saddam Hussein') },
	{ name: 'a date in words', file: 'events.json', corrupt: replace('"date": "2020-01-03"', '"date": "3 January 2020"') },
	{ name: 'a file saved in Windows-1256', file: 'places.json', copy: 'tests/fixtures/encodings/places.cp1256.json' }
];

const problemLines = (out: string) =>
	out
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => /^data\/[a-z]+\.json:\d+:\d+ {2}/.test(l))
		.sort();

test('check:data and the build give the same verdict, with the same messages, on every fixture', async () => {
	const project = copyProject('explainer-verdicts-');
	try {
		for (const f of FIXTURES) {
			const path = join(project.dir, 'data', f.file);
			const original = readFileSync(path);
			if ('copy' in f) copyFileSync(f.copy, path);
			else writeFileSync(path, f.corrupt(original.toString('utf8')));
			const check = spawnSync('npx', ['tsx', 'scripts/check-data.ts'], { cwd: project.dir, encoding: 'utf8' });
			const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: project.dir, encoding: 'utf8' });
			const checkOut = check.stdout + check.stderr;
			const buildOut = build.stdout + build.stderr;
			expect(check.status, `${f.name}: check:data`).toBe(1);
			expect(build.status, `${f.name}: build`).not.toBe(0);
			const lines = problemLines(checkOut);
			expect(lines.length, `${f.name}: check:data names the place`).toBeGreaterThan(0);
			expect(problemLines(buildOut), `${f.name}: the build says the same`).toEqual(lines);
			for (const out of [checkOut, buildOut]) expect(out, f.name).not.toMatch(/\n\s+at [^\n]*:\d+:\d+\)?\n/);
			writeFileSync(path, original);
		}
	} finally {
		project.remove();
	}
});
