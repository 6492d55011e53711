/** "Did you mean" for misspelt keys and values. */
export function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = tmp;
		}
	}
	return prev[b.length];
}

export function closest(word: string, options: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const o of options) {
		const d = editDistance(word.toLowerCase(), o.toLowerCase());
		if (d < bestScore) {
			best = o;
			bestScore = d;
		}
	}
	const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
	return bestScore <= limit ? best : undefined;
}
