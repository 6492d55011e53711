/**
 * Which step is active: the last one whose card top has passed the reading line. Before the
 * first step, -1 (the caller keeps the first step's state rather than an empty graphic).
 */
export function activeIndex(tops: number[], line: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i++) if (tops[i] <= line) active = i;
	return active;
}

/** The reading line as a share of the viewport's height: on phones, just below the graphic, which holds the top 62% (Scrolly.svelte). */
export function readingLine(wide: boolean): number {
	return wide ? 0.6 : 0.66;
}
