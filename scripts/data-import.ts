/**
 * npm run data:import -- troops|events|places FILE.csv
 * Turns a CSV exported from a spreadsheet (header row; ISO dates; numbers may have thousands
 * separators) into the JSON file, keeping fields the CSV does not carry. The result is
 * validated with the whole data set first: on any problem it explains the row and column and
 * writes nothing. The write itself is atomic.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../src/lib/data/csv.ts';
import { TABLES, cellOf, fromRows } from '../src/lib/data/tables.ts';
import { formatDataFile } from '../src/lib/data/canonical.ts';
import { readDataTexts } from '../src/lib/data/read-files.ts';
import { validateTexts } from '../src/lib/data/validate.ts';
import { writeAtomic } from '../src/lib/data/atomic.ts';

const args = process.argv.slice(2).filter((a, i, all) => a !== '--data' && all[i - 1] !== '--data');
const dataDir = resolve(process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : 'data');
const [name, csvPath] = args;
const spec = TABLES[name as keyof typeof TABLES];
if (!spec || !csvPath) {
	console.error('usage: npm run data:import -- troops|events|places FILE.csv');
	process.exit(2);
}

const fail = (lines: string[]) => {
	for (const l of lines) console.error(l);
	console.error(`\n✗ Nothing was written. Fix the ${lines.length === 1 ? 'cell' : 'cells'} above in the spreadsheet, export it again as CSV and re-run the import.`);
	process.exit(1);
};

let csvText: string;
try {
	csvText = readFileSync(csvPath, 'utf8');
} catch {
	fail([`${csvPath}: cannot read the file — check the path`]);
	process.exit(1);
}
const table = parseCsv(csvText);
const texts = readDataTexts(dataDir);
const current = JSON.parse(texts[spec.file]!);
const { doc, problems, pointerOf } = fromRows(spec, current, table);
if (!doc || problems.length) fail(problems.map((p) => `${csvPath}: row ${p.row}, column ${p.column}: ${p.message}`));

const text = formatDataFile(spec.file, doc);
const { problems: dataProblems } = validateTexts({ ...texts, [spec.file]: text });
const errors = dataProblems.filter((p) => p.severity === 'error');
if (errors.length)
	fail(
		errors.map((p) => {
			const cell = p.file === `data/${spec.file}` ? cellOf(spec, pointerOf!, table.length - 1, p.pointer) : undefined;
			return cell ? `${csvPath}: row ${cell.row}, column ${cell.column}: ${p.message}` : `${p.file}:${p.line}:${p.column}  ${p.pointer}  ${p.message}`;
		})
	);

const target = join(dataDir, spec.file);
if (texts[spec.file] === text) console.log(`${target} is unchanged.`);
else {
	writeAtomic(target, text);
	console.log(`✓ wrote ${target} (${table.length - 1} rows). Preview it with npm run dev.`);
}
