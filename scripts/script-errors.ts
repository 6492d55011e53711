/**
 * The editors' scripts end in a message, never a stack trace: a ScriptError carries the lines
 * to print and the exit code, and anything unexpected is reported in one line with a pointer
 * to the data check.
 */
export class ScriptError extends Error {
	constructor(
		public lines: string[],
		public code = 1
	) {
		super(lines.join('\n'));
	}
}

export function runScript(main: () => void | Promise<void>) {
	const fail = (err: unknown) => {
		if (err instanceof ScriptError) {
			for (const l of err.lines) console.error(l);
			process.exit(err.code);
		}
		console.error(`✗ ${(err as Error)?.message ?? String(err)}\n  Nothing was written. Run npm run check:data to see what in data/ needs fixing.`);
		process.exit(1);
	};
	try {
		const done = main();
		if (done instanceof Promise) done.catch(fail);
	} catch (err) {
		fail(err);
	}
}
