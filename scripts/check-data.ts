/**
 * npm run check:data — validates every file in data/ and prints every problem as
 *   data/FILE.json:LINE:COL  /json/pointer  what is wrong — what is expected
 * Exit code 1 when anything is wrong: the same verdict as the build and the dev server.
 * `--translations ckb` also lists every text of that edition still marked as a draft
 * (missing texts are always listed: they are errors). `--dir PATH` checks another folder.
 */
import { resolve } from 'node:path';
import { readDataTexts } from '../src/lib/data/read-files';
import { formatProblem, validateTexts } from '../src/lib/data/validate';
import { isLang, TRANSLATED_LANGS } from '../src/lib/editions/registry';
import { regionShapes } from '../src/lib/data/region-shapes';
import { noteRoomProblems } from '../src/lib/charts/troops/note-room';
import { runScript } from './script-errors';

runScript(() => {
	const args = process.argv.slice(2);
	const dirArg = args.indexOf('--dir');
	const dir = resolve(dirArg >= 0 ? args[dirArg + 1] : 'data');
	const langArg = args.indexOf('--translations');
	const lang = langArg >= 0 ? args[langArg + 1] : undefined;
	if (langArg >= 0 && !(isLang(lang) && TRANSLATED_LANGS.includes(lang))) {
		console.log(`--translations needs the code of a translated edition: one of ${TRANSLATED_LANGS.join(', ')} (see src/lib/editions/registry.ts)`);
		process.exit(1);
	}

	const texts = readDataTexts(dir);
	const { data, problems } = validateTexts(texts, { translations: lang as (typeof TRANSLATED_LANGS)[number] | undefined, countries: regionShapes() });
	// Valid data can still ask for more than a graphic has room for: say what is left out.
	if (data) problems.push(...noteRoomProblems(data, texts['troops.json'] as string));
	for (const p of problems) console.log(formatProblem(p));
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	if (lang) {
		const count = (severity: string) => problems.filter((p) => p.lang === lang && p.severity === severity).length;
		console.log(`\n${lang}: ${count('error')} missing text(s), ${count('warning')} draft text(s) awaiting review.`);
	}
	if (errors) {
		console.log(`\n✗ ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}. Nothing was built. Fix the lines above; docs/EDITING.md explains each message.`);
		process.exit(1);
	}
	console.log(`✓ data/ is valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`);
});
