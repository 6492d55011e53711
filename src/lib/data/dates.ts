/** Dates in the data files are ISO strings of day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) precision. */
export type Precision = 'day' | 'month' | 'year';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
}

export function parseIsoDate(text: string): ParsedDate | null {
	const m = ISO.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]);
	const day = m[3] === undefined ? undefined : Number(m[3]);
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined) {
		const last = new Date(Date.UTC(year, month!, 0)).getUTCDate();
		if (day < 1 || day > last) return null;
	}
	return { year, month, day, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year' };
}

export function isRealDate(text: string): boolean {
	return parseIsoDate(text) !== null;
}

/**
 * A point in time for placing a date on an axis. A month-precision date sits mid-month and a
 * year-precision date mid-year, so that a figure known only to the month is not drawn as the 1st.
 */
export function dateToTime(text: string): number {
	const d = parseIsoDate(text);
	if (!d) throw new Error(`Not an ISO date: ${text}`);
	if (d.precision === 'day') return Date.UTC(d.year, d.month! - 1, d.day!);
	if (d.precision === 'month') return Date.UTC(d.year, d.month! - 1, 15);
	return Date.UTC(d.year, 6, 1);
}

/** The first day a date can stand for: a month-precision date is not "later" than a day inside it. */
export function dateStartTime(text: string): number {
	const d = parseIsoDate(text);
	if (!d) throw new Error(`Not an ISO date: ${text}`);
	return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** The last moment a date can stand for: used to compare "no later than" across precisions. */
export function dateEndTime(text: string): number {
	const d = parseIsoDate(text);
	if (!d) throw new Error(`Not an ISO date: ${text}`);
	if (d.precision === 'day') return Date.UTC(d.year, d.month! - 1, d.day!);
	if (d.precision === 'month') return Date.UTC(d.year, d.month!, 0);
	return Date.UTC(d.year, 11, 31);
}

/** Human date in the reader's language, at the precision the data gives. */
export function formatDate(text: string, locale: string, style: 'long' | 'short' = 'long'): string {
	const d = parseIsoDate(text);
	if (!d) return text;
	const when = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
	const month = style === 'long' ? 'long' : 'short';
	const opts: Intl.DateTimeFormatOptions =
		d.precision === 'day'
			? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }
			: d.precision === 'month'
				? { month, year: 'numeric', timeZone: 'UTC' }
				: { year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(locale, opts).format(when);
}

export function formatDateRange(from: string, to: string | undefined, locale: string): string {
	if (!to) return formatDate(from, locale);
	return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}
