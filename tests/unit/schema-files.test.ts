import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { jsonSchemas } from '../../src/lib/data/json-schema';

describe('JSON Schemas for editors', () => {
	it('are committed exactly as `npm run schema` writes them', () => {
		for (const [file, schema] of Object.entries(jsonSchemas())) {
			const committed = readFileSync(`data/schema/${file.replace('.json', '.schema.json')}`, 'utf8');
			expect(committed, `${file}: run npm run schema`).toBe(JSON.stringify(schema, null, 2) + '\n');
		}
	});
	it('are named by every data file', () => {
		for (const file of readdirSync('data').filter((f) => f.endsWith('.json'))) {
			const json = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
			expect(json.$schema, file).toBe(`./schema/${file.replace('.json', '.schema.json')}`);
		}
	});
	it('describe fields, so the IDE can explain them', () => {
		const troops = JSON.stringify(jsonSchemas()['troops.json']);
		expect(troops).toContain('The figure, as a whole number without separators.');
		expect(troops).toMatch(/"enum":\s*\[\s*"official"/);
	});
});
