/** npm run data:format — rewrites every data file in the one canonical layout (keys in schema order). */
import { resolve, join } from 'node:path';
import { formatDataFile } from '../src/lib/data/canonical.ts';
import { readDataTexts } from '../src/lib/data/read-files.ts';
import { writeAtomic } from '../src/lib/data/atomic.ts';
import type { DataFileName } from '../src/lib/data/schema.ts';

const dir = resolve('data');
for (const [name, text] of Object.entries(readDataTexts(dir)) as [DataFileName, string][]) {
	const formatted = formatDataFile(name, JSON.parse(text));
	if (formatted !== text) {
		writeAtomic(join(dir, name), formatted);
		console.log(`formatted data/${name}`);
	}
}
