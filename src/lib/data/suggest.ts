/** "Did you mean" for misspelt keys and values. */

/** Edit distance where swapping two neighbouring letters counts as one edit ("titel" → "title"). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[a.length][b.length];
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
	if (bestScore <= limit) return best;
	// A shortened name ("al-asad" for "ain-al-asad"): the one option that holds it whole.
	const holding = word.length >= 4 ? options.filter((o) => o.toLowerCase().includes(word.toLowerCase())) : [];
	return holding.length === 1 ? holding[0] : undefined;
}
