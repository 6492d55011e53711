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
import { parseCell, publishedRows, SOURCE_COLUMNS, TABLES } from '../../src/lib/data/tables';
import { realData } from './helpers';

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
		for (const table of Object.keys(TABLES)) {
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
		['a place outside the map', 'places', (r: string[], h: string[]) => (r[h.indexOf('lat')] = '51.5'), 'lat'],
		['a state a site cannot be in', 'statuses', (r: string[], h: string[]) => (r[h.indexOf('state')] = 'closed'), 'state'],
		['a state for a place that is not in places.json', 'statuses', (r: string[], h: string[]) => (r[h.indexOf('place')] = 'al-asad'), 'place'],
		['an attack dated as in a spreadsheet', 'attacks', (r: string[], h: string[]) => (r[h.indexOf('date')] = '3/3/2021'), 'date']
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

describe('imports that never lose data', () => {
	/** An exported sheet, edited, written back in the given bytes; returns the import's result and the data before it. */
	function importEdited(table: keyof typeof TABLES, edit: (csv: string[][]) => string[][] | Uint8Array | string, extra: string[] = []) {
		const dir = workspace();
		run('data-export', ['--data', join(dir, 'data'), '--out', join(dir, 'csv')]);
		const path = join(dir, 'csv', `${table}.csv`);
		const edited = edit(parseCsv(readFileSync(path, 'utf8')));
		writeFileSync(path, Array.isArray(edited) ? formatCsv(edited) : edited);
		const before = snapshot(dir);
		const r = run('data-import', [table, path, '--data', join(dir, 'data'), ...extra]);
		return { dir, r, before, after: snapshot(dir) };
	}
	const refused = (x: ReturnType<typeof importEdited>, ...patterns: RegExp[]) => {
		expect(x.r.code, x.r.out).toBe(1);
		for (const p of patterns) expect(x.r.out).toMatch(p);
		expect(x.r.out).toMatch(/Nothing was written/);
		expect(x.r.out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
		expect(x.after).toEqual(x.before);
	};

	it('updates only what a partial sheet holds, names what it keeps, and deletes nothing without the flag', () => {
		const x = importEdited('events', (csv) => {
			const rows = csv.slice(1, 6);
			rows[0][csv[0].indexOf('title_en')] = 'The US-led invasion of Iraq starts';
			return [csv[0], ...rows];
		});
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(/changed +1: invasion/);
		expect(x.r.out).toMatch(/unchanged +4/);
		const events = JSON.parse(x.after['events.json']).events;
		const before = JSON.parse(x.before['events.json']).events;
		expect(x.r.out).toMatch(new RegExp(`kept +${before.length - 5}: .*add --delete-missing to remove them`));
		expect(events).toHaveLength(before.length);
		expect(events[0].title.en).toBe('The US-led invasion of Iraq starts');
		// Everything else byte for byte as it was.
		expect(events.slice(1)).toEqual(before.slice(1));
		expect({ ...x.after, 'events.json': '' }).toEqual({ ...x.before, 'events.json': '' });
		expect(x.after['events.json'].replace('The US-led invasion of Iraq starts', 'The US-led invasion of Iraq begins')).toBe(x.before['events.json']);
	}, 60_000);

	it('removes what the sheet leaves out only with --delete-missing, and names it', () => {
		const x = importEdited('events', (csv) => csv.slice(0, 6), ['--delete-missing']);
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(new RegExp(`removed +${JSON.parse(x.before['events.json']).events.length - 5}: `));
		expect(JSON.parse(x.after['events.json']).events).toHaveLength(5);
	}, 60_000);

	it('shows the change and writes nothing with --dry-run', () => {
		const x = importEdited('troops', (csv) => {
			csv[3][csv[0].indexOf('value')] = '150,001';
			return csv;
		}, ['--dry-run']);
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(/changed +1/);
		expect(x.r.out).toMatch(/--dry-run: nothing was written/);
		expect(x.after).toEqual(x.before);
	}, 60_000);

	it('takes a site\'s new state from the statuses sheet into its place in places.json, in date order', () => {
		const { places } = realData();
		const site = places.places.find((p) => p.status && p.status.length > 1)!;
		const x = importEdited('statuses', (csv) => {
			const h = csv[0];
			const row = h.map(() => '');
			row[h.indexOf('place')] = site.id;
			// Between the site's first and second states.
			row[h.indexOf('from')] = site.status![0].from.slice(0, 4) === site.status![1].from.slice(0, 4) ? site.status![1].from : `${site.status![1].from.slice(0, 4)}-01`;
			row[h.indexOf('state')] = 'drawing-down';
			row[h.indexOf('sources')] = site.status![1].sources.join('; ');
			return [...csv, row];
		});
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(new RegExp(`added +1: ${site.id} `));
		const after = JSON.parse(x.after['places.json']).places.find((p: { id: string }) => p.id === site.id);
		expect(after.status).toHaveLength(site.status!.length + 1);
		expect(after.status[1].state).toBe('drawing-down');
		expect(after.status.map((s: { from: string }) => s.from)).toEqual([...after.status.map((s: { from: string }) => s.from)].sort());
		// The rest of the place, and every other place, as they were.
		const others = (text: string) => JSON.parse(text).places.filter((p: { id: string }) => p.id !== site.id);
		expect(others(x.after['places.json'])).toEqual(others(x.before['places.json']));
		expect({ ...after, status: undefined }).toEqual({ ...JSON.parse(x.before['places.json']).places.find((p: { id: string }) => p.id === site.id), status: undefined });
	}, 60_000);

	it('refuses a state or an attack for a place that is not in places.json, naming the nearest id', () => {
		const { places } = realData();
		const site = places.places.find((p) => p.attacks?.length)!;
		const typo = site.id.replace(/-/g, '');
		const x = importEdited('attacks', (csv) => {
			csv[1][csv[0].indexOf('place')] = typo;
			return csv;
		});
		refused(x, new RegExp(`row 2, column place: no place has the id "${typo}" in places.json — did you mean "${site.id}"\\?`));
	}, 60_000);

	it('publishes every dated state of every site, each with its sources spelled out', () => {
		const { places, sources } = realData();
		const byId = new Map(sources.sources.map((src) => [src.id, src]));
		const [h, ...rows] = publishedRows(TABLES.statuses, places as unknown as Record<string, unknown>, byId);
		const expected = places.places.flatMap((p) => (p.status ?? []).map((s) => ({ place: p.id, from: s.from, state: s.state, urls: s.sources.map((id) => byId.get(id)!.url).join(' | ') })));
		expect(expected.length).toBeGreaterThan(10);
		expect(rows.map((r) => ({ place: r[h.indexOf('place')], from: r[h.indexOf('from')], state: r[h.indexOf('state')], urls: r[h.indexOf('source_urls')] }))).toEqual(expected);
		const attacks = publishedRows(TABLES.attacks, places as unknown as Record<string, unknown>, byId);
		expect(attacks.length - 1).toBe(places.places.reduce((n, p) => n + (p.attacks?.length ?? 0), 0));
	});

	it('takes a sheet downloaded from the site: an edit goes in, the spelled-out sources are passed over and said so', () => {
		const x = importEdited('places', () => {
			// The file as /data/places.csv publishes it, from the same data.
			const { places, sources } = realData();
			const published = publishedRows(TABLES.places, places as unknown as Record<string, unknown>, new Map(sources.sources.map((src) => [src.id, src])));
			const h = published[0];
			expect(h).toEqual(expect.arrayContaining([...SOURCE_COLUMNS]));
			published[1][h.indexOf('description_en')] = 'Iraq\'s capital.';
			// Editing a spelled-out source changes nothing: sources live in sources.json.
			published[1][h.indexOf('source_urls')] = 'https://example.org/';
			return published;
		});
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(/changed +1: baghdad/);
		expect(x.r.out).toMatch(/not read +source_publishers, source_titles, source_urls .*data\/sources\.json/);
		expect(JSON.parse(x.after['places.json']).places[0].description.en).toBe('Iraq\'s capital.');
		expect(x.after['sources.json']).toBe(x.before['sources.json']);
		expect(x.after['places.json']).not.toContain('example.org');
	}, 60_000);

	it('takes a sheet downloaded from the Arabic edition, whose headings are in Arabic', () => {
		const x = importEdited('troops', () => {
			const { troops, sources, story } = realData();
			const labels = Object.fromEntries(Object.entries(story.columns).map(([k, t]) => [k, (t as Record<string, string>).ar]));
			const published = publishedRows(TABLES.troops, troops as unknown as Record<string, unknown>, new Map(sources.sources.map((src) => [src.id, src])), labels);
			// The headings are Arabic: none is a column name.
			expect(published[0].filter((h) => TABLES.troops.columns.some((c) => c.name === h))).toEqual([]);
			const note = TABLES.troops.columns.findIndex((c) => c.name === 'note_en');
			published[1][note] = 'At the invasion (AP tally).';
			return published;
		});
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(/changed +1/);
		expect(JSON.parse(x.after['troops.json']).series[0].points[0].note.en).toBe('At the invasion (AP tally).');
	}, 60_000);

	it('keeps the file\'s order when the sheet is sorted newest first', () => {
		const x = importEdited('events', (csv) => [csv[0], ...csv.slice(1).reverse()]);
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.after).toEqual(x.before);
	}, 60_000);

	it('puts a new event in date order', () => {
		const x = importEdited('events', (csv) => {
			const h = csv[0];
			const row = [...csv[2]];
			row[h.indexOf('id')] = 'test-event';
			row[h.indexOf('date')] = '2008-06-01';
			return [...csv, row];
		});
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(/added +1: test-event/);
		const ids = JSON.parse(x.after['events.json']).events.map((e: { id: string }) => e.id);
		const dates = JSON.parse(x.after['events.json']).events.map((e: { date: string }) => e.date);
		expect(ids).toContain('test-event');
		expect([...dates].sort()).toEqual(dates);
	}, 60_000);

	for (const [typed, readings] of [
		['1.000', /"1\.000" can be read two ways: 1 .* or 1000/],
		['2,5', /"2,5" can be read two ways: 2\.5 .* or 25/],
		['25,00', /"25,00" can be read two ways: 25 .* or 2500/]
	] as const)
		it(`refuses the ambiguous number ${typed} with its row, column and both readings`, () => {
			const x = importEdited('troops', (csv) => {
				csv[4][csv[0].indexOf('value')] = typed;
				return csv;
			});
			refused(x, /row 5, column value/, readings);
		}, 60_000);

	it('refuses a sheet saved in Windows-1256, with the way to save it as UTF-8', () => {
		const x = importEdited('places', (csv) => {
			// What Excel's plain "CSV" writes on an Arabic Windows: Arabic letters as single bytes.
			const text = formatCsv(csv);
			return Uint8Array.from([...text].flatMap((ch) => (/[\u0600-\u06FF]/.test(ch) ? [0xc7] : [...Buffer.from(ch)])));
		});
		refused(x, /not UTF-8: it looks like Windows-1256/, /CSV UTF-8/);
	}, 60_000);

	it('refuses Arabic that a Western code page turned into question marks, naming the cell', () => {
		const x = importEdited('places', (csv) => {
			csv[1][csv[0].indexOf('name_ar')] = '?????';
			return csv;
		});
		refused(x, /row 2, column name_ar: .*question marks/);
	}, 60_000);

	it('refuses a workbook saved under a .csv name', () => {
		const x = importEdited('places', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
		refused(x, /spreadsheet workbook \(\.xlsx or \.ods\), not a CSV/);
	}, 60_000);

	it('refuses a sheet saved as UTF-16', () => {
		const x = importEdited('places', (csv) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(formatCsv(csv), 'utf16le')]));
		refused(x, /UTF-16/);
	}, 60_000);

	it('refuses a sheet that would clear a required Arabic text, naming its row and column', () => {
		const x = importEdited('events', (csv) => {
			csv[3][csv[0].indexOf('title_ar')] = '';
			return csv;
		});
		refused(x, /row 4, column title_ar: no ar text/);
	}, 60_000);

	it('reads a semicolon-separated sheet and says so', () => {
		const x = importEdited('events', (csv) => csv.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\n') + '\n');
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.r.out).toMatch(/separated by semicolons/);
		expect(x.after).toEqual(x.before);
	}, 60_000);

	it('ignores empty columns a spreadsheet leaves at the end', () => {
		const x = importEdited('places', (csv) => csv.map((r) => [...r, '', '']));
		expect(x.r.code, x.r.out).toBe(0);
		expect(x.after).toEqual(x.before);
	}, 60_000);

	it('explains how lists are written when a cell uses commas', () => {
		const x = importEdited('events', (csv) => {
			csv[2][csv[0].indexOf('sources')] = 'R1, R7';
			return csv;
		});
		refused(x, /row 3, column sources: .*semicolons: "R1; R7"/);
	}, 60_000);

	it('writes exports that Excel reads as UTF-8', () => {
		const dir = workspace();
		run('data-export', ['--data', join(dir, 'data'), '--out', join(dir, 'csv')]);
		expect([...readFileSync(join(dir, 'csv', 'places.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	}, 60_000);
});

describe('data scripts end in a message, never a stack trace', () => {
	const noTrace = (out: string) => expect(out).not.toMatch(/\n\s+at .*:\d+:\d+|node:internal|Error: /);

	for (const [name, corrupt] of [
		['a trailing comma', (t: string) => t.replace('"R1"\n          ]', '"R1",\n          ]')],
		['a byte-order mark', (t: string) => '\uFEFF' + t]
	] as const)
		it(`data:format on a file with ${name} names it and rewrites nothing`, () => {
			const dir = workspace();
			writeFileSync(join(dir, 'data', 'troops.json'), corrupt(readFileSync(join(dir, 'data', 'troops.json'), 'utf8')));
			const before = snapshot(dir);
			let out = '';
			let code = 0;
			try {
				execFileSync('npx', ['tsx', 'scripts/data-format.ts', '--data', join(dir, 'data')], { encoding: 'utf8', stdio: 'pipe' });
			} catch (e) {
				const err = e as { status: number; stdout: string; stderr: string };
				code = err.status;
				out = err.stdout + err.stderr;
			}
			expect(code).toBe(1);
			expect(out).toMatch(/data\/troops\.json:\d+:\d+/);
			noTrace(out);
			expect(snapshot(dir)).toEqual(before);
		}, 60_000);

	it('data:export with a broken events.json names it and writes no sheet at all', () => {
		const dir = workspace();
		writeFileSync(join(dir, 'data', 'events.json'), readFileSync(join(dir, 'data', 'events.json'), 'utf8').replace('"date": "2020-01-03",', '"date": "2020-01-03"'));
		const r = run('data-export', ['--data', join(dir, 'data'), '--out', join(dir, 'csv')]);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/data\/events\.json:\d+:\d+/);
		noTrace(r.out);
		expect(() => readdirSync(join(dir, 'csv'))).toThrow();
	}, 60_000);
});
