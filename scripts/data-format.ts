/**
 * npm run data:format — rewrites every data file in the one canonical layout (keys in schema
 * order, two-space indents). A file that is not valid JSON is named with its line and the fix,
 * and nothing is rewritten.
 */
import { resolve, join } from 'node:path';
import { formatDataFile } from '../src/lib/data/canonical.ts';
import { readDataTexts } from '../src/lib/data/read-files.ts';
import { writeAtomic } from '../src/lib/data/atomic.ts';
import { formatProblem, validateTexts } from '../src/lib/data/validate.ts';
import type { DataFileName } from '../src/lib/data/schema.ts';
import { runScript, ScriptError } from './script-errors.ts';

runScript(() => {
	const args = process.argv.slice(2);
	const dir = resolve(args.includes('--data') ? args[args.indexOf('--data') + 1] : 'data');
	const texts = readDataTexts(dir);
	// Only syntax matters here: a file is reformatted when it parses, whatever else is wrong in it.
	const syntax = validateTexts(texts).problems.filter((p) => p.severity === 'error' && (/syntax error|byte-order mark|empty|is missing|JSON object|not UTF-8|UTF-16/.test(p.message)));
	if (syntax.length) throw new ScriptError([...syntax.map(formatProblem), '\n✗ Nothing was reformatted: fix the lines above first.']);
	for (const [name, text] of Object.entries(texts) as [DataFileName, string][]) {
		const formatted = formatDataFile(name, JSON.parse(text));
		if (formatted !== text) {
			writeAtomic(join(dir, name), formatted);
			console.log(`formatted ${join(dir, name)}`);
		}
	}
});
