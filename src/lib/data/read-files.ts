/** Reads the editors' files from disk (Node only: scripts, the Vite plugin, tests). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_NAMES } from './validate.ts';
import type { DataFileName } from './schema.ts';
import { decodeText } from './encoding.ts';

/**
 * Each file's text; a file that is not UTF-8 stays as its bytes, for validation to name its
 * encoding. A byte-order mark is kept, for validation to name it too.
 */
export function readDataTexts(dir: string): Partial<Record<DataFileName, string | Uint8Array>> {
	const texts: Partial<Record<DataFileName, string | Uint8Array>> = {};
	for (const name of FILE_NAMES) {
		const path = join(dir, name);
		if (!existsSync(path)) continue;
		const bytes = readFileSync(path);
		const decoded = decodeText(bytes);
		texts[name] = 'error' in decoded ? bytes : (decoded.bom ? '\uFEFF' : '') + decoded.text;
	}
	return texts;
}
