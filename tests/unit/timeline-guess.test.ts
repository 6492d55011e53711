import { describe, expect, it } from 'vitest';
import { EVENT_GAP_PX, eventGuess, timelineGuessPx, YEAR_PX, type GuessedEvent } from '../../src/lib/charts/timeline/size-guess';

const event = (date: string, key: boolean, words: number): GuessedEvent => ({
	date,
	key,
	title: 'A title',
	summary: 'word '.repeat(words).trim(),
	location: 'Baghdad',
	dateLabel: date,
	sources: ['a']
});
const publisher = () => 'Reuters';
const total = (g: ReturnType<typeof timelineGuessPx>, side: 'narrow' | 'wide') => g.frame[side] + g.parts[side];
/** Equal within a pixel. */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1);

describe("the story timeline's size guess", () => {
	const base = [event('2024-01-05', true, 40), event('2024-03-01', false, 80), event('2025-02-01', true, 20)];

	it('grows by an event’s own guess and one gap for each key event added in a year already shown', () => {
		const added = event('2025-06-01', true, 60);
		for (const side of ['narrow', 'wide'] as const) {
			const before = total(timelineGuessPx(base, 'system', publisher, true), side);
			const after = total(timelineGuessPx([...base, added], 'system', publisher, true), side);
			near(after - before, eventGuess(added, 'system', publisher)[side] + EVENT_GAP_PX);
		}
	});

	it('adds a year heading for a key event in a year not shown before', () => {
		const added = event('2026-01-01', true, 60);
		const before = total(timelineGuessPx(base, 'naskh', publisher, true), 'narrow');
		const after = total(timelineGuessPx([...base, added], 'naskh', publisher, true), 'narrow');
		near(after - before, eventGuess(added, 'naskh', publisher).narrow + EVENT_GAP_PX + YEAR_PX);
	});

	it('leaves out the events a list opening on key events hides, and counts them all otherwise', () => {
		const hidden = base[1];
		const keyOnly = total(timelineGuessPx(base, 'system', publisher, true), 'wide');
		const all = total(timelineGuessPx(base, 'system', publisher, false), 'wide');
		near(all - keyOnly, eventGuess(hidden, 'system', publisher).wide + EVENT_GAP_PX);
	});

	it('is taller in a narrow column than in a wide one', () => {
		const g = timelineGuessPx(base, 'system', publisher, false);
		expect(total(g, 'narrow')).toBeGreaterThan(total(g, 'wide'));
	});
});
