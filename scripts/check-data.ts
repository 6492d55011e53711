/**
 * npm run check:data — validates every file in data/ and prints every problem as
 *   data/FILE.json:LINE:COL  /json/pointer  what is wrong — what is expected
 * Exit code 1 when anything is wrong. `--translations ar` lists every text still without Arabic.
 * `--dir PATH` checks another folder (used by the tests).
 */
import { resolve } from 'node:path';
import { readDataTexts } from '../src/lib/data/read-files';
import { formatProblem, validateTexts } from '../src/lib/data/validate';

const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const dir = resolve(dirArg >= 0 ? args[dirArg + 1] : 'data');
const lang = args.includes('--translations') ? 'ar' : undefined;

const { problems, missing } = validateTexts(readDataTexts(dir), { translations: lang });
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (!lang && missing.length) {
	const perFile = new Map<string, number>();
	for (const m of missing) perFile.set(m.file, (perFile.get(m.file) ?? 0) + 1);
	console.log(
		`note: ${missing.length} reader-facing texts have no Arabic (ar) yet (${[...perFile].map(([f, n]) => `${f}: ${n}`).join(', ')}). ` +
			'Run `npm run check:data -- --translations ar` to list them.'
	);
}
if (errors) {
	console.log(`\n✗ ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}. Nothing was built. Fix the lines above; docs/EDITING.md explains each message.`);
	process.exit(1);
}
console.log(`✓ data/ is valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`);
