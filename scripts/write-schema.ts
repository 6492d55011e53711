/**
 * npm run schema — writes data/schema/<file>.schema.json from the TypeScript schema, so that
 * editors' IDEs offer completion, descriptions and examples. `--check` only compares, and
 * fails when the committed files differ from what the code would write.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/data/json-schema.ts';

const check = process.argv.includes('--check');
mkdirSync('data/schema', { recursive: true });
let stale = 0;
for (const [file, schema] of Object.entries(jsonSchemas())) {
	const path = `data/schema/${file.replace('.json', '.schema.json')}`;
	const text = JSON.stringify(schema, null, 2) + '\n';
	const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
	if (current === text) continue;
	stale++;
	if (check) console.log(`${path} is out of date — run npm run schema`);
	else {
		writeFileSync(path, text);
		console.log(`wrote ${path}`);
	}
}
if (check && stale) process.exit(1);
if (!stale) console.log('schemas are up to date');
