/**
 * Text measured without a browser: the graphics are laid out at build time, so a line's width is
 * estimated from its length. Good enough to wrap notes and legends; the placements leave slack.
 */

/** Arabic-script letters join into shorter words; Latin capitals and digits run wider. */
const ARABIC = /[\u0600-\u06FF]/;

export function estimateWidth(text: string, fontSize: number, bold = false): number {
	return text.length * fontSize * (ARABIC.test(text) ? 0.5 : 0.58) * (bold ? 1.15 : 1);
}

/** Greedy word wrap by estimated width (a word longer than the width gets a line of its own). */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && estimateWidth(`${last} ${word}`, fontSize, bold) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
