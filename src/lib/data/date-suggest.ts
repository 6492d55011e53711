/**
 * A date an editor typed in another form, read back as ISO when it can mean only one day:
 * "2024/01/15", "15.01.2024", "15 January 2024", "January 15, 2024", "Jan 2024".
 * Day/month orders that could be swapped (03/04/2024) are not guessed.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

function month(word: string): number | undefined {
	const w = word.toLowerCase().replace(/\.$/, '');
	const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
	return i >= 0 ? i + 1 : undefined;
}

const iso = (y: number, m: number, d?: number) => (d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);

export function suggestIsoDate(text: string): string | undefined {
	const t = text.trim();
	let m = /^(\d{4})[/.\s_](\d{1,2})(?:[/.\s_](\d{1,2}))?$/.exec(t);
	if (m) return iso(+m[1], +m[2], m[3] ? +m[3] : undefined);
	m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
	if (m) return iso(+m[1], +m[2], m[3] ? +m[3] : undefined);
	m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(t);
	if (m) {
		const [a, b] = [+m[1], +m[2]];
		if (a > 12 && b <= 12) return iso(+m[3], b, a);
		if (b > 12 && a <= 12) return iso(+m[3], a, b);
		return undefined;
	}
	m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(t);
	if (m && month(m[2])) return iso(+m[3], month(m[2])!, +m[1]);
	m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
	if (m && month(m[1])) return iso(+m[3], month(m[1])!, +m[2]);
	m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(t);
	if (m && month(m[1])) return iso(+m[2], month(m[1])!);
	return undefined;
}

/** Both readings of a day/month date that could be either way round ("03/04/2024"), or undefined. */
export function ambiguousDayMonth(text: string): [string, string] | undefined {
	const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(text.trim());
	if (!m || +m[1] > 12 || +m[2] > 12 || m[1] === m[2]) return undefined;
	return [iso(+m[3], +m[2], +m[1]), iso(+m[3], +m[1], +m[2])];
}
