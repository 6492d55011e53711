import { describe, expect, it } from 'vitest';
import { activeIndex, readingLine } from '../../src/lib/story/active-step';

describe('active step', () => {
	it('is the last step whose top has passed the reading line', () => {
		expect(activeIndex([100, 500, 900], 600)).toBe(1);
		expect(activeIndex([-900, -500, -100], 600)).toBe(2);
	});
	it('is -1 before the first step reaches the line', () => {
		expect(activeIndex([700, 1100], 600)).toBe(-1);
	});
	it('follows a jump straight to a later step', () => {
		expect(activeIndex([-3000, -2000, -1000, 0, 1000], 400)).toBe(3);
	});
});

describe('reading line', () => {
	it('sits lower on narrow screens than on wide ones', () => {
		expect(readingLine(false)).toBeGreaterThan(readingLine(true));
	});
});
