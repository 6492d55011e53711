/**
 * Size guesses for whole blocks of the story laid out lazily (`.lazy-block`, app.css): the
 * graphics' footers, the parties' statements, "What comes next", the timeline's section, the
 * method, the sources and the page's footer. Left in the page's first layout, these blocks far
 * below the first screen made up about half of it.
 *
 * A block is laid out before the lazy parts inside it (each paragraph, statement and event has a
 * guess of its own, size-guess.ts), so its guess is its frame, what it holds that is not lazy
 * (headings, lines of links, the space between parts), plus its parts' guesses. The frames are
 * built from heights measured in every edition at 360, 390 and 1280 px; text in a block that
 * editors change (a caption, a correction, the credits' note) is guessed from its length and
 * counted with the parts. Checked against the real heights: within 50 px a block.
 */
import type { Edition } from '../editions/registry';
import { guessPx, type Px } from './size-guess';

export type { Px };

export const px = (narrow: number, wide = narrow): Px => ({ narrow, wide });

/** A block's guess: its frame, and its parts (the text whose lines narrow screens multiply). */
export type Guess = { frame: Px; parts: Px };

export const sumPx = (...xs: Px[]): Px => ({ narrow: xs.reduce((n, x) => n + x.narrow, 0), wide: xs.reduce((n, x) => n + x.wide, 0) });

export const timesPx = (x: Px, k: number): Px => ({ narrow: x.narrow * k, wide: x.wide * k });

type Font = Edition['font'];
const byFont = (system: Px, naskh: Px): Record<Font, Px> => ({ system, naskh });

/**
 * Measured heights (px, margins included) of what the blocks' frames are made of. A block
 * contains its own layout, so the margins of what opens it stay inside it; its last child's
 * bottom margin is dropped (app.css).
 */
export const FRAME_PX = {
	/** An h2 opening a section of the story (`.section-heading`), one line, with its margins. */
	sectionHeading: px(100),
	/** An h2 opening a plain section (the method, the sources), one line, with its margins. */
	heading: px(73),
	/** Between two paragraphs, or a paragraph and what follows it. */
	paragraphGap: px(17),
	/** A party's name (h3) with the space above and below it, after the previous party's statements. */
	partyHeading: px(68),
	/** The first party's name follows the introduction, whose margin is smaller. */
	firstPartyHeading: px(64),
	/** Between two statements of one party. */
	statementGap: px(16),
	/** A line of small print under a graphic ("Get the data"), with its margins. */
	dataLine: byFont(px(26), px(28)),
	/** The closed "Embed this graphic", and the margin below it when it does not end a block. */
	embed: px(35),
	embedEnd: px(24),
	/** "Data files" (h3) in the method, with the space above and below it, and a line for each file. */
	dataFilesHeading: px(64),
	dataFile: byFont(px(27), px(31)),
	/** The link to the sources page, a line of body text, with the margin below it. */
	sourcesLink: px(48),
	/** An h2 in the page's footer, with its margins; the footer's rule, padding and the credits' margin. */
	footerHeading: px(57),
	footerEdge: px(37),
	/** A row of the credits: a role and its names, on one line when they fit. */
	creditRow: byFont(px(77, 56), px(58, 37))
} as const;

const small = (font: Font, length: number) => guessPx('small', font, length);
/** Paragraphs' own guesses (the parts), and the space between them (the frame's). */
const paragraphs = (font: Font, lengths: number[]) => ({
	frame: timesPx(FRAME_PX.paragraphGap, Math.max(0, lengths.length - 1)),
	parts: sumPx(...lengths.map((n) => guessPx('paragraph', font, n)))
});

/** Under a graphic: its caption (when shown), a line for each data link and the embed code. */
export function footerGuess(font: Font, captionLength: number | undefined, dataLines: number) {
	return {
		frame: sumPx(timesPx(FRAME_PX.dataLine[font], dataLines), FRAME_PX.embed, px(captionLength === undefined ? 0 : 4)),
		parts: captionLength === undefined ? px(0) : small(font, captionLength)
	};
}

/** A section of the story: its heading and paragraphs. */
export function proseGuess(font: Font, paragraphLengths: number[]) {
	return addGuesses({ frame: FRAME_PX.sectionHeading, parts: px(0) }, paragraphs(font, paragraphLengths));
}

/** The timeline's section: its heading and introduction, the list (a block of its own) and the footer. */
export function timelineSectionGuess(font: Font, introLength: number, list: Guess, footer: Guess) {
	return addGuesses(proseGuess(font, [introLength]), { frame: sumPx(FRAME_PX.paragraphGap, FRAME_PX.embedEnd), parts: px(0) }, list, footer);
}

/** The parties' statements: the heading, the introduction, and each party's name and statements (their own guesses). */
export function voicesGuess(font: Font, introLength: number, statements: Px[][]) {
	const count = statements.reduce((n, p) => n + p.length, 0);
	return addGuesses(proseGuess(font, [introLength]), {
		frame: statements.length
			? sumPx(FRAME_PX.firstPartyHeading, timesPx(FRAME_PX.partyHeading, statements.length - 1), timesPx(FRAME_PX.statementGap, count - statements.length))
			: px(0),
		parts: sumPx(...statements.flat())
	});
}

/** The method: its heading and paragraphs, and the list of data files under its own heading. */
export function methodGuess(font: Font, paragraphLengths: number[], dataFiles: number) {
	return addGuesses(paragraphs(font, paragraphLengths), {
		frame: sumPx(FRAME_PX.heading, FRAME_PX.dataFilesHeading, timesPx(FRAME_PX.dataFile[font], dataFiles)),
		parts: px(0)
	});
}

/** The sources: the heading, a paragraph and the link to the sources page. */
export function sourcesGuess(font: Font, summaryLength: number) {
	return addGuesses(paragraphs(font, [summaryLength]), { frame: sumPx(FRAME_PX.heading, FRAME_PX.paragraphGap, FRAME_PX.sourcesLink), parts: px(0) });
}

/** The page's footer: the corrections (when there are any), the credits' rows and their note. */
export function creditsGuess(font: Font, correctionLengths: number[], creditRows: number, noteLength: number) {
	const corrections = correctionLengths.length ? { frame: FRAME_PX.footerHeading, parts: sumPx(...correctionLengths.map((n) => small(font, n))) } : { frame: px(0), parts: px(0) };
	return addGuesses(corrections, {
		frame: sumPx(FRAME_PX.footerEdge, FRAME_PX.footerHeading, timesPx(FRAME_PX.creditRow[font], creditRows)),
		parts: small(font, noteLength)
	});
}

/** Guesses added: the pieces of a block, or a block and a block it holds (the timeline's section, its list). */
export function addGuesses(...gs: Guess[]): Guess {
	return { frame: sumPx(...gs.map((g) => g.frame)), parts: sumPx(...gs.map((g) => g.parts)) };
}

/** A block's guess as the custom properties `.lazy-block` reads (narrow screens scale the parts, whose lines get shorter). */
export function blockGuessStyle({ frame, parts }: Guess): string {
	const r = Math.round;
	return `--frame-narrow: ${r(frame.narrow)}px; --frame-wide: ${r(frame.wide)}px; --parts-narrow: ${r(parts.narrow)}px; --parts-wide: ${r(parts.wide)}px`;
}
