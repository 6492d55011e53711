/**
 * What an editor's mistake can and cannot do to the published page: a broken data file stops
 * the build with its file, line and pointer; HTML or script in a text shows as text and runs
 * nothing. Runs on copies of the project so the real data files are never touched.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy';

// These build or serve a whole copy of the project: slower than a page test.
test.describe.configure({ timeout: 180_000 });

test('a broken data file stops the build, naming file, line and pointer', async () => {
	const copy = copyProject('explainer-broken-');
	try {
		const file = join(copy.dir, 'data', 'troops.json');
		const text = readFileSync(file, 'utf8');
		const broken = text.replace('"value": 9500,', '"value": "lots",');
		writeFileSync(file, broken);
		const line = broken.slice(0, broken.indexOf('"lots"')).split('\n').length;
		for (const command of [['run', 'check:data'], ['run', 'build']]) {
			const r = spawnSync('npm', command, { cwd: copy.dir, encoding: 'utf8' });
			expect(r.status, command.join(' ')).not.toBe(0);
			expect(r.stdout + r.stderr).toContain(`data/troops.json:${line}:`);
			expect(r.stdout + r.stderr).toContain('/series/0/points/13/value');
		}
		expect(existsSync(join(copy.dir, 'build', 'index.html'))).toBe(false);
	} finally {
		copy.remove();
	}
});

test('a reader-facing text without Arabic is an error in check:data and stops the build', async () => {
	const copy = copyProject('explainer-no-arabic-');
	try {
		const file = join(copy.dir, 'data', 'places.json');
		const data = JSON.parse(readFileSync(file, 'utf8'));
		delete data.places[2].name.ar;
		writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
		const listed = spawnSync('npm', ['run', 'check:data', '--', '--translations', 'ar'], { cwd: copy.dir, encoding: 'utf8' });
		expect(listed.status).toBe(1);
		expect(listed.stdout).toMatch(/data\/places\.json:\d+:\d+ {2}\/places\/2\/name {2}no ar text/);
		const build = spawnSync('npm', ['run', 'build'], { cwd: copy.dir, encoding: 'utf8' });
		expect(build.status).not.toBe(0);
		expect(build.stdout + build.stderr).toContain('/places/2/name');
	} finally {
		copy.remove();
	}
});

test('HTML, a script or a javascript: link in a data file is refused by the check and the build, naming each', async () => {
	const copy = copyProject('explainer-html-');
	try {
		const file = join(copy.dir, 'data', 'events.json');
		const data = JSON.parse(readFileSync(file, 'utf8'));
		data.events[0].title.en = 'Raid <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ends';
		data.events[0].summary.en = 'Text with [a link](javascript:alert(1)) stays text.';
		writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
		for (const command of [['run', 'check:data'], ['run', 'build']]) {
			const r = spawnSync('npm', command, { cwd: copy.dir, encoding: 'utf8' });
			const out = r.stdout + r.stderr;
			expect(r.status, command.join(' ')).not.toBe(0);
			expect(out).toMatch(/\/events\/0\/title\/en {2}"<img.* is an HTML tag/);
			expect(out).toMatch(/\/events\/0\/summary\/en {2}the link address "javascript:alert\(1" does not start with https:\/\//);
		}
		expect(existsSync(join(copy.dir, 'build', 'index.html'))).toBe(false);
	} finally {
		copy.remove();
	}
});

test('a chart note with no room is named by check:data, at its text, as a warning that does not stop it', async () => {
	const copy = copyProject('explainer-crowded-note-');
	try {
		const file = join(copy.dir, 'data', 'troops.json');
		const data = JSON.parse(readFileSync(file, 'utf8'));
		const peak = data.annotations[1];
		for (const en of ['An extra note at the peak', 'Another note at the peak', 'A third note at the peak'])
			data.annotations.push({ ...peak, nudge: undefined, text: { ...peak.text, en } });
		const text = JSON.stringify(data, null, 2) + '\n';
		writeFileSync(file, text);
		const r = spawnSync('npm', ['run', 'check:data'], { cwd: copy.dir, encoding: 'utf8' });
		expect(r.status, r.stdout + r.stderr).toBe(0);
		const warnings = [...r.stdout.matchAll(/^data\/troops\.json:(\d+):\d+ {2}\/annotations\/(\d+)\/text\/en {2}warning: this note finds no room on the troop chart in the en edition on (?:phones|wider screens)/gm)];
		expect(warnings.length).toBeGreaterThan(0);
		for (const [, line, index] of warnings) expect(text.split('\n')[Number(line) - 1]).toContain(JSON.stringify(data.annotations[Number(index)].text.en));
	} finally {
		copy.remove();
	}
});
