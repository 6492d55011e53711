/**
 * The one way each data file is written: keys in the schema's order, two-space indents, a
 * final newline. Imports write it, so that an export followed by an import gives back the
 * same file, byte for byte.
 */
import type { z } from 'zod';
import { DATA_FILES, type DataFileName } from './schema.ts';
import { defOf, unwrap } from './schema-walk.ts';

export function orderKeys(schema: z.ZodType | undefined, value: unknown): unknown {
	const s = unwrap(schema);
	if (Array.isArray(value)) return value.map((v) => orderKeys(s && defOf(s).element, v));
	if (!value || typeof value !== 'object') return value;
	const shape = s && defOf(s).shape;
	const o = value as Record<string, unknown>;
	const known = shape ? Object.keys(shape).filter((k) => k in o) : [];
	const rest = Object.keys(o).filter((k) => !known.includes(k));
	return Object.fromEntries([...known, ...rest].map((k) => [k, orderKeys(shape?.[k], o[k])]));
}

export function formatDataFile(name: DataFileName, value: unknown): string {
	return JSON.stringify(orderKeys(DATA_FILES[name] as z.ZodType, value), null, 2) + '\n';
}
