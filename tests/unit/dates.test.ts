import { describe, expect, it } from 'vitest';
import { dateToTime, formatDate, isRealDate, parseIsoDate } from '../../src/lib/data/dates';

describe('dates', () => {
	it('accepts real dates at day, month and year precision', () => {
		expect(parseIsoDate('2024-02-29')?.precision).toBe('day');
		expect(parseIsoDate('2025-08')?.precision).toBe('month');
		expect(parseIsoDate('2010')?.precision).toBe('year');
	});
	it('rejects impossible and badly written dates', () => {
		for (const bad of ['2020-02-30', '2023-02-29', '2024-13', '2024-00-10', '3 Jan 2020', '2020/01/03', '20-01-03', ''])
			expect(isRealDate(bad), bad).toBe(false);
	});
	it('puts a month-precision date in the middle of its month', () => {
		const mid = dateToTime('2025-08');
		expect(mid).toBeGreaterThan(dateToTime('2025-08-01'));
		expect(mid).toBeLessThan(dateToTime('2025-08-31'));
	});
	it('formats dates at the precision the data gives', () => {
		expect(formatDate('2024-01-27', 'en-GB')).toBe('27 January 2024');
		expect(formatDate('2025-08', 'en-GB')).toBe('August 2025');
	});
});
