/** Walking the zod schema itself: which fields an object allows, what a list holds. */
import type { z } from 'zod';

export type AnySchema = z.ZodType;
export type Def = { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; innerType?: AnySchema; in?: AnySchema };
export const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional(), nullable(), default() and refinements. */
export function unwrap(s: AnySchema | undefined): AnySchema | undefined {
	while (s) {
		const d = defOf(s);
		if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') s = d.innerType;
		else if (d.type === 'pipe') s = d.in;
		else return s;
	}
	return s;
}

/** The schema that describes the value at `path`. */
export function schemaAt(schema: AnySchema | undefined, path: (string | number)[]): AnySchema | undefined {
	let s = unwrap(schema);
	for (const seg of path) {
		if (!s) return undefined;
		const d = defOf(s);
		s = unwrap(typeof seg === 'number' ? d.element : d.shape?.[seg]);
	}
	return s;
}
