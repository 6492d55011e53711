/**
 * Size guesses for the story's timeline, which is laid out lazily twice over: each event (its
 * text, story/size-guess.ts) and the whole list, so that the page's first layout leaves out the
 * list's ~180 boxes too. The list's guess is its frame plus what its events add: when it is
 * laid out, its events are still at their own guesses, so only the frame can be off.
 */
import { guessPx } from '$lib/story/size-guess';
import { px, type Px } from '$lib/story/block-guess';
import type { Typeface } from '$lib/design/tokens';

export type GuessedEvent = { date: string; title: string; summary: string; location: string; dateLabel: string; dateNote?: string; sources: string[]; key?: boolean };

/** An event's guessed height: the fits counted the category and the "Sources:" label too, about 22 characters. */
export function eventGuess(e: GuessedEvent, typeface: Typeface, publisher: (id: string) => string) {
	return guessPx('event', typeface, 22 + [e.title, e.summary, e.location, e.dateLabel, e.dateNote ?? '', ...e.sources.map(publisher)].join(' ').length);
}

/**
 * Measured in every edition at 360, 390 and 1280 px (the same in each): a year's heading with
 * its margins, and the space between two events.
 */
export const YEAR_PX = 28.5;
export const EVENT_GAP_PX = 14.4;
/** The filter, the note on key events, the year links and the axis: 363–401 px in a narrow column, 345–378 wide (the editions' labels wrap differently). */
export const FRAME_PX = { narrow: 388, wide: 364 };

/** The whole list's guess: its frame, and the years and events shown at first (the key events only, when the list opens on them). */
export function timelineGuessPx(events: GuessedEvent[], typeface: Typeface, publisher: (id: string) => string, keyFirst: boolean): { frame: Px; parts: Px } {
	const shown = keyFirst && events.some((e) => e.key) ? events.filter((e) => e.key) : events;
	const years = new Set(shown.map((e) => e.date.slice(0, 4))).size;
	const fixed = years * YEAR_PX + shown.length * EVENT_GAP_PX;
	const sum = (side: 'narrow' | 'wide') => shown.reduce((n, e) => n + eventGuess(e, typeface, publisher)[side], 0);
	return { frame: px(FRAME_PX.narrow + fixed, FRAME_PX.wide + fixed), parts: px(sum('narrow'), sum('wide')) };
}

