import { describe, expect, it } from 'vitest';
import { blockGuessStyle, creditsGuess, footerGuess, FRAME_PX, methodGuess, proseGuess, voicesGuess, type Guess } from '../../src/lib/story/block-guess';
import { guessPx } from '../../src/lib/story/size-guess';

const total = (g: Guess, side: 'narrow' | 'wide') => g.frame[side] + g.parts[side];
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9);

describe('the size guesses of whole blocks laid out lazily', () => {
	it('a section grows by a paragraph’s own guess and the gap before it', () => {
		const before = proseGuess('system', [200, 300]);
		const after = proseGuess('system', [200, 300, 400]);
		for (const side of ['narrow', 'wide'] as const) near(total(after, side) - total(before, side), guessPx('paragraph', 'system', 400)[side] + FRAME_PX.paragraphGap[side]);
	});

	it('counts the paragraphs as parts, which narrow screens scale, and the headings and gaps as the frame', () => {
		const g = proseGuess('naskh', [200, 300]);
		near(g.parts.narrow, guessPx('paragraph', 'naskh', 200).narrow + guessPx('paragraph', 'naskh', 300).narrow);
		near(g.frame.narrow, FRAME_PX.sectionHeading.narrow + FRAME_PX.paragraphGap.narrow);
	});

	it('a graphic’s footer has a line for each data link, and its caption only when it shows one', () => {
		const two = footerGuess('naskh', 180, 2);
		const three = footerGuess('naskh', 180, 3);
		near(total(three, 'wide') - total(two, 'wide'), FRAME_PX.dataLine.naskh.wide);
		expect(footerGuess('system', undefined, 2).parts.narrow).toBe(0);
		expect(total(footerGuess('system', 400, 2), 'narrow')).toBeGreaterThan(total(footerGuess('system', 100, 2), 'narrow'));
	});

	it('the statements grow by a statement’s guess and one gap within a party, and by a heading for a new party', () => {
		const st = guessPx('statement', 'system', 300);
		const one = voicesGuess('system', 200, [[st]]);
		const sameParty = voicesGuess('system', 200, [[st, st]]);
		const newParty = voicesGuess('system', 200, [[st], [st]]);
		near(total(sameParty, 'wide') - total(one, 'wide'), st.wide + FRAME_PX.statementGap.wide);
		near(total(newParty, 'wide') - total(one, 'wide'), st.wide + FRAME_PX.partyHeading.wide);
	});

	it('the method grows by a line for each data file; the footer by a correction and its heading', () => {
		near(total(methodGuess('system', [300], 6), 'wide') - total(methodGuess('system', [300], 5), 'wide'), FRAME_PX.dataFile.system.wide);
		const none = creditsGuess('naskh', [], 3, 150);
		const one = creditsGuess('naskh', [250], 3, 150);
		near(total(one, 'narrow') - total(none, 'narrow'), FRAME_PX.footerHeading.narrow + guessPx('small', 'naskh', 250).narrow);
	});

	it('is written as the four custom properties app.css reads, in whole pixels', () => {
		expect(blockGuessStyle({ frame: { narrow: 100.4, wide: 90.6 }, parts: { narrow: 10, wide: 5 } })).toBe('--frame-narrow: 100px; --frame-wide: 91px; --parts-narrow: 10px; --parts-wide: 5px');
	});
});
