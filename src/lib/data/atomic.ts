/** Writes a file all at once: to a temporary file beside it, then renamed over it. */
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export function writeAtomic(path: string, text: string) {
	const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		writeFileSync(tmp, text);
		renameSync(tmp, path);
	} catch (err) {
		try {
			unlinkSync(tmp);
		} catch {
			/* nothing to clean */
		}
		throw err;
	}
}
