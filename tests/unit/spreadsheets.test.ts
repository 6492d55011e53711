/**
 * Spreadsheet round trips: export then import gives back the same files byte for byte; a CSV
 * with a bad row is refused with its row and column, and nothing is written.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCsv, parseCsv } from '../../src/lib/data/csv';
import { parseCell } from '../../src/lib/data/tables';

function workspace() {
	const dir = mkdtempSync(join(tmpdir(), 'sheets-'));
	cpSync('data', join(dir, 'data'), { recursive: true });
	return dir;
}

function run(script: string, args: string[]): { code: number; out: string } {
	try {
		const out = execFileSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8', stdio: 'pipe' });
		return { code: 0, out };
	} catch (e) {
		const err = e as { status: number; stdout: string; stderr: string };
		return { code: err.status, out: err.stdout + err.stderr };
	}
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(dir, 'data', f), 'utf8')]));

describe('CSV', () => {
	it('reads quoted fields, doubled quotes, line breaks, CRLF and a byte-order mark', () => {
		expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\n')).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"'],
			['two\nlines', '3']
		]);
	});
	it('writes what it reads', () => {
		const rows = [['a', 'b,c', 'd"e', 'f\ng', ' lead']];
		expect(parseCsv(formatCsv(rows))).toEqual(rows);
	});
	it('accepts numbers with thousands separators', () => {
		expect(parseCell('int', '192,000').value).toBe(192000);
		expect(parseCell('int', '2 500').value).toBe(2500);
		expect(parseCell('int', 'about 2,000').error).toMatch(/not a number/);
	});
});

describe('data:export then data:import', () => {
	it('reproduces every JSON file exactly', () => {
		const dir = workspace();
		const before = snapshot(dir);
		expect(run('data-export', ['--data', join(dir, 'data'), '--out', join(dir, 'csv')]).code).toBe(0);
		for (const table of ['troops', 'events', 'places']) {
			const r = run('data-import', [table, join(dir, 'csv', `${table}.csv`), '--data', join(dir, 'data')]);
			expect(r.code, r.out).toBe(0);
		}
		expect(snapshot(dir)).toEqual(before);
	}, 60_000);

	it('applies an edited figure, and keeps fields the CSV leaves out', () => {
		const dir = workspace();
		run('data-export', ['--data', join(dir, 'data'), '--out', join(dir, 'csv')]);
		const csv = parseCsv(readFileSync(join(dir, 'csv', 'troops.csv'), 'utf8'));
		const header = csv[0];
		const noteCol = header.indexOf('note_en');
		const valueCol = header.indexOf('value');
		const row = csv.findIndex((r) => r[1] === '2011-12-05');
		csv[row][valueCol] = '9,400';
		// Drop the English notes column: the notes must survive the import.
		const trimmed = csv.map((r) => r.filter((_, i) => i !== noteCol));
		writeFileSync(join(dir, 'csv', 'troops.csv'), formatCsv(trimmed));
		const r = run('data-import', ['troops', join(dir, 'csv', 'troops.csv'), '--data', join(dir, 'data')]);
		expect(r.code, r.out).toBe(0);
		const after = JSON.parse(readFileSync(join(dir, 'data', 'troops.json'), 'utf8'));
		const before = JSON.parse(readFileSync('data/troops.json', 'utf8'));
		const point = after.series[0].points.find((p: { date: string }) => p.date === '2011-12-05');
		expect(point.value).toBe(9400);
		expect(after.series[0].points.map((p: { note?: unknown }) => p.note)).toEqual(before.series[0].points.map((p: { note?: unknown }) => p.note));
	}, 60_000);

	for (const [name, table, edit, column] of [
		['a word in a number', 'troops', (r: string[], h: string[]) => (r[h.indexOf('value')] = 'lots'), 'value'],
		['a date written as in a spreadsheet', 'events', (r: string[], h: string[]) => (r[h.indexOf('date')] = '20/03/2003'), 'date'],
		['an unknown category', 'events', (r: string[], h: string[]) => (r[h.indexOf('category')] = 'sports'), 'category'],
		['a place outside the map', 'places', (r: string[], h: string[]) => (r[h.indexOf('lat')] = '51.5'), 'lat']
	] as const)
		it(`refuses ${name}, naming row and column, and writes nothing`, () => {
			const dir = workspace();
			run('data-export', ['--data', join(dir, 'data'), '--out', join(dir, 'csv')]);
			const path = join(dir, 'csv', `${table}.csv`);
			const csv = parseCsv(readFileSync(path, 'utf8'));
			edit(csv[3], csv[0]);
			writeFileSync(path, formatCsv(csv));
			const before = snapshot(dir);
			const r = run('data-import', [table, path, '--data', join(dir, 'data')]);
			expect(r.code).toBe(1);
			expect(r.out).toContain(`row 4, column ${column}`);
			expect(r.out).toMatch(/Nothing was written/);
			expect(snapshot(dir)).toEqual(before);
			expect(readdirSync(join(dir, 'data')).some((f) => f.endsWith('.tmp'))).toBe(false);
		}, 60_000);
});
