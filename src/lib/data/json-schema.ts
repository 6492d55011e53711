/** The JSON Schemas editors' IDEs use, generated from the one TypeScript schema. */
import { z } from 'zod';
import { DATA_FILES } from './schema.ts';

export function jsonSchemas(): Record<string, object> {
	return Object.fromEntries(
		Object.entries(DATA_FILES).map(([file, schema]) => [
			file,
			{
				...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
				title: `data/${file}`,
				description: `The editors' file data/${file}. See docs/EDITING.md.`
			}
		])
	);
}
