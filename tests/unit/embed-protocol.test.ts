import { describe, expect, it } from 'vitest';
import { heightMessage, heightRequest, isHeightMessage, isHeightRequest, MAX_HEIGHT } from '../../src/lib/embed/protocol';

describe('embed messages', () => {
	it('accepts a height only in our own shape, finite, positive and sane', () => {
		expect(isHeightMessage(heightMessage(480))).toBe(true);
		for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, MAX_HEIGHT + 1])
			expect(isHeightMessage(heightMessage(bad))).toBe(false);
		expect(isHeightMessage({ type: 'height', height: 480 })).toBe(false);
		expect(isHeightMessage('pymxPYMxidxPYMxheightxPYMx480')).toBe(false);
	});
	it('tells a request for the height from a height and from anything else', () => {
		expect(isHeightRequest(heightRequest())).toBe(true);
		expect(isHeightRequest(heightMessage(480))).toBe(false);
		expect(isHeightMessage(heightRequest())).toBe(false);
		for (const bad of [null, undefined, 'request-height', { type: 'request-height' }, { source: 'other', type: 'request-height' }])
			expect(isHeightRequest(bad)).toBe(false);
	});
});
