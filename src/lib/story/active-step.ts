/**
 * Which step is active: the last step whose top has passed the reading line (the middle of the
 * viewport). Measuring every step (there are few) rather than trusting the order of observer
 * callbacks keeps it right after a jump, a fast scroll, a resize or a reload mid-story.
 */
export function activeIndex(tops: number[], bottoms: number[], line: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i] <= line) active = i;
	}
	// Past the last step's end: keep the last step rather than clearing the graphic.
	if (active === tops.length - 1 && bottoms[active] < 0) return active;
	return active;
}
