/**
 * Size guesses for the parts of the story laid out lazily (`content-visibility: auto`, and
 * `data-lazy` for client/lay-out-ahead.ts): a straight line from the length of their text,
 * fitted for each typeface to heights measured at 390 and 1280 px, so that the page hardly
 * moves when a real size replaces its guess. Written as --guess-narrow (a column under 40em) and
 * --guess-wide, which the rules in app.css (.lazy-text, .lazy-block) read; they scale the narrow
 * guess, measured in the 358 px column of a 390 px screen, by that width over the column's own
 * (--narrow-lines: 1.09 on a 360 px screen, about 0.6 on the widest narrow one).
 *
 * Leaving the long prose below the first screen out of the first layout keeps that layout, the
 * page's longest task while it loads, short (most of its cost is shaping text, dearer in Naskh).
 */
import type { Edition } from '../editions/registry';

type Fit = { narrow: readonly [number, number]; wide: readonly [number, number] };

/** [intercept px, px per character]. Within about 25 px an item, and the errors cancel over a section. */
const FIT: Record<'event' | 'statement' | 'paragraph' | 'small', Record<Edition['font'], Fit>> = {
	// A timeline event: its title, summary, place, date and sources, plus ~22 characters of labels.
	event: { system: { narrow: [80, 0.67], wide: [93, 0.3] }, naskh: { narrow: [81, 0.596], wide: [114, 0.235] } },
	// A party's statement: its words, speaker, date and sources.
	statement: { system: { narrow: [-29, 0.836], wide: [15, 0.422] }, naskh: { narrow: [12, 0.589], wide: [1, 0.421] } },
	// A paragraph of body text in the story's column.
	paragraph: { system: { narrow: [26, 0.65], wide: [18, 0.398] }, naskh: { narrow: [9, 0.593], wide: [13, 0.363] } },
	// Small print (0.85rem) in the story's column: a graphic's caption, the credits, a correction.
	small: { system: { narrow: [-8, 0.521], wide: [6, 0.263] }, naskh: { narrow: [-4, 0.428], wide: [14, 0.222] } }
};

/** A line of text at least: a guess is never smaller than that. */
const MIN_PX = 24;

/** A height in px in a narrow column (under 40em) and in a wide one. */
export type Px = { narrow: number; wide: number };

/** The guessed height of a text. */
export function guessPx(kind: keyof typeof FIT, typeface: Edition['font'], textLength: number): Px {
	const f = FIT[kind][typeface];
	const px = ([a, b]: readonly [number, number]) => Math.max(MIN_PX, Math.round(a + b * textLength));
	return { narrow: px(f.narrow), wide: px(f.wide) };
}

/** A guess as the custom properties `.lazy-text` (app.css) reads. */
export const guessStyle = ({ narrow, wide }: Px) => `--guess-narrow: ${narrow}px; --guess-wide: ${wide}px`;

export function sizeGuess(kind: keyof typeof FIT, typeface: Edition['font'], textLength: number): string {
	return guessStyle(guessPx(kind, typeface, textLength));
}
