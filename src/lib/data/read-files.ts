/** Reads the editors' files from disk (Node only: scripts, the Vite plugin, tests). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_NAMES } from './validate.ts';
import type { DataFileName } from './schema.ts';

export function readDataTexts(dir: string): Partial<Record<DataFileName, string>> {
	const texts: Partial<Record<DataFileName, string>> = {};
	for (const name of FILE_NAMES) {
		const path = join(dir, name);
		if (existsSync(path)) texts[name] = readFileSync(path, 'utf8');
	}
	return texts;
}
