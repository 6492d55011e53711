/**
 * npm run data:import -- troops|events|places|statuses|attacks FILE.csv [--dry-run] [--delete-missing]
 * Brings a sheet exported from a spreadsheet (or downloaded from the site, in any edition) back
 * into its JSON file. It first says what it
 * will do, by id (added, changed, unchanged, and records of the file the sheet does not hold,
 * which are kept unless --delete-missing is given). The file's order is kept. The result is
 * validated with the whole data set, with the same verdict as check:data and the build: on any
 * problem it names the row and column and writes nothing. With --dry-run it writes nothing
 * either way. The write itself is atomic.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DELIMITER_NAMES, detectDelimiter, parseCsv } from '../src/lib/data/csv.ts';
import { TABLES, cellOf, columnsByHeading, fromRows, type ImportSummary } from '../src/lib/data/tables.ts';
import { formatDataFile } from '../src/lib/data/canonical.ts';
import { readDataTexts } from '../src/lib/data/read-files.ts';
import { formatProblem, validateTexts } from '../src/lib/data/validate.ts';
import { writeAtomic } from '../src/lib/data/atomic.ts';
import { decodeText } from '../src/lib/data/encoding.ts';
import { regionShapes } from '../src/lib/data/region-shapes.ts';
import { runScript, ScriptError } from './script-errors.ts';

runScript(() => {
	const argv = process.argv.slice(2);
	const dataDir = resolve(argv.includes('--data') ? argv[argv.indexOf('--data') + 1] : 'data');
	const dryRun = argv.includes('--dry-run');
	const deleteMissing = argv.includes('--delete-missing');
	const args = argv.filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--data');
	const [name, csvPath] = args;
	const spec = TABLES[name as keyof typeof TABLES];
	if (!spec || !csvPath) throw new ScriptError([`usage: npm run data:import -- ${Object.keys(TABLES).join('|')} FILE.csv [--dry-run] [--delete-missing]`], 2);

	const refuse = (lines: string[]): never => {
		throw new ScriptError([...lines, `\n✗ Nothing was written. Fix the ${lines.length === 1 ? 'cell' : 'cells'} above in the spreadsheet, export it again as CSV and re-run the import.`]);
	};

	let bytes: Uint8Array;
	try {
		bytes = readFileSync(csvPath);
	} catch {
		return refuse([`${csvPath}: cannot read the file — check the path`]);
	}
	const decoded = decodeText(bytes);
	if ('error' in decoded) return refuse([`${csvPath}: ${decoded.error}`]);
	const delimiter = detectDelimiter(decoded.text);
	if (delimiter !== ',') console.log(`${csvPath}: read as separated by ${DELIMITER_NAMES[delimiter]}, as the spreadsheet wrote it.`);
	const table = parseCsv(decoded.text, delimiter);

	const texts = readDataTexts(dataDir);
	const countries = regionShapes();
	const before = validateTexts(texts, { countries });
	if (!before.data) {
		const errors = before.problems.filter((p) => p.severity === 'error');
		throw new ScriptError([...errors.map(formatProblem), `\n✗ Nothing was written: data/ has problems of its own. Fix them first (npm run check:data lists them).`]);
	}
	const current = JSON.parse(texts[spec.file] as string);
	// A sheet downloaded from the Arabic or Kurdish edition has headings in its language.
	const headings = columnsByHeading(spec, before.data.story.columns);
	const { doc, problems, pointerOf, summary } = fromRows(spec, current, table, { deleteMissing, headings });
	if (!doc || problems.length) return refuse(problems.map((p) => `${csvPath}: row ${p.row}, column ${p.column}: ${p.message}`));

	printSummary(summary!, spec.file);
	const text = formatDataFile(spec.file, doc);
	const { problems: dataProblems } = validateTexts({ ...texts, [spec.file]: text }, { countries });
	const errors = dataProblems.filter((p) => p.severity === 'error');
	if (errors.length)
		refuse(
			errors.map((p) => {
				// A missing translation points at its text; its cell is that language's column.
				const cell = p.file === `data/${spec.file}` ? cellOf(spec, pointerOf!, table.length - 1, p.lang ? `${p.pointer}/${p.lang}` : p.pointer) : undefined;
				return cell ? `${csvPath}: row ${cell.row}, column ${cell.column}: ${p.message}` : formatProblem(p);
			})
		);

	const target = join(dataDir, spec.file);
	if (texts[spec.file] === text) console.log(`\n${target} is unchanged.`);
	else if (dryRun) console.log(`\n--dry-run: nothing was written. Run the same command without --dry-run to apply it.`);
	else {
		writeAtomic(target, text);
		console.log(`\n✓ wrote ${target}. Preview it with npm run dev.`);
	}
});

function printSummary(s: ImportSummary, file: string) {
	const list = (ids: string[]) => (ids.length ? `: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? `, and ${ids.length - 12} more` : ''}` : '');
	console.log(`What this import does to data/${file}:`);
	console.log(`  added      ${s.added.length}${list(s.added)}`);
	console.log(`  changed    ${s.changed.length}${list(s.changed)}`);
	console.log(`  unchanged  ${s.unchanged.length}`);
	if (s.deleteMissing) console.log(`  removed    ${s.missing.length}${list(s.missing)} (not in the sheet; --delete-missing)`);
	else console.log(`  kept       ${s.missing.length}${list(s.missing)}${s.missing.length ? ' (not in the sheet, kept; add --delete-missing to remove them)' : ''}`);
	if (s.passedOver.length) console.log(`  not read   ${s.passedOver.join(', ')} (the sources spelled out as the site publishes them; a source is changed in data/sources.json)`);
}
