/**
 * npm run data:export — writes a sheet per table (troops, events, places, sites' statuses and
 * attacks: src/lib/data/tables.ts) for spreadsheets into
 * exports/ (or the folder given with --out), as UTF-8 with a byte-order mark so that Excel
 * reads the Arabic and Kurdish right. Open them in any spreadsheet; bring changes back with
 * npm run data:import. The data are checked first: a broken file writes nothing.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatCsv, UTF8_BOM } from '../src/lib/data/csv.ts';
import { TABLES, toRows } from '../src/lib/data/tables.ts';
import { writeAtomic } from '../src/lib/data/atomic.ts';
import { readDataTexts } from '../src/lib/data/read-files.ts';
import { formatProblem, validateTexts } from '../src/lib/data/validate.ts';
import { runScript, ScriptError } from './script-errors.ts';
import { regionShapes } from '../src/lib/data/region-shapes.ts';

runScript(() => {
	const args = process.argv.slice(2);
	const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
	const dataDir = resolve(arg('--data', 'data'));
	const out = resolve(arg('--out', 'exports'));
	const texts = readDataTexts(dataDir);
	const { data, problems } = validateTexts(texts, { countries: regionShapes() });
	if (!data) throw new ScriptError([...problems.filter((p) => p.severity === 'error').map(formatProblem), '\n✗ Nothing was exported: fix the problems above first (npm run check:data lists them).']);
	const files = Object.values(TABLES).map((spec) => ({ path: join(out, `${spec.name}.csv`), rows: toRows(spec, JSON.parse(texts[spec.file] as string)) }));
	mkdirSync(out, { recursive: true });
	for (const f of files) {
		writeAtomic(f.path, UTF8_BOM + formatCsv(f.rows));
		console.log(`wrote ${f.path} (${f.rows.length - 1} rows)`);
	}
});
