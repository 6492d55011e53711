/**
 * npm run data:export — writes troops.csv, events.csv and places.csv for spreadsheets into
 * exports/ (or the folder given with --out). Open them in any spreadsheet; bring changes back
 * with npm run data:import.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatCsv } from '../src/lib/data/csv.ts';
import { TABLES, toRows } from '../src/lib/data/tables.ts';
import { writeAtomic } from '../src/lib/data/atomic.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dataDir = resolve(arg('--data', 'data'));
const out = resolve(arg('--out', 'exports'));
mkdirSync(out, { recursive: true });
for (const spec of Object.values(TABLES)) {
	const doc = JSON.parse(readFileSync(join(dataDir, spec.file), 'utf8'));
	const path = join(out, `${spec.name}.csv`);
	const rows = toRows(spec, doc);
	writeAtomic(path, formatCsv(rows));
	console.log(`wrote ${path} (${rows.length - 1} rows)`);
}
