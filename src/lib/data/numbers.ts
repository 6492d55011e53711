/**
 * A number typed in a spreadsheet cell, read only when it can mean one thing. "2,500", "2 500"
 * and "2500" are 2500; "2,5", "1.000" and "25,00" depend on the country the spreadsheet was set
 * up in, so they are refused with both readings rather than guessed.
 */
export type NumberKind = 'int' | 'number';

const SPACE = /[\s\u00a0\u202f\u2009]/g;

function ambiguous(text: string, a: number, aHow: string, b: number, bHow: string): { error: string } {
	return { error: `"${text}" can be read two ways: ${a} (${aHow}) or ${b} (${bHow}) — write the number you mean with digits only, and a point for decimals: ${a} or ${b}` };
}

export function parseNumber(raw: string, kind: NumberKind): { value: number } | { error: string } {
	const text = raw.trim();
	if (/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) return { error: `"${text}" is written in scientific notation — write the number in full digits, such as 2500` };
	// Spaces only ever group thousands.
	const t = /^-?\d{1,3}([\s\u00a0\u202f\u2009]\d{3})+$/.test(text) ? text.replace(SPACE, '') : text;
	if (/^-?\d+$/.test(t)) return { value: Number(t) };
	// A comma before groups of exactly three digits is a thousands separator: 2,500 and 192,000.
	if (/^-?\d{1,3}(,\d{3})+$/.test(t)) {
		if (kind === 'number' && /^-?\d{1,3},\d{3}$/.test(t))
			return ambiguous(text, Number(t.replace(',', '.')), 'with a decimal comma', Number(t.replace(',', '')), 'with a thousands separator');
		return { value: Number(t.replace(/,/g, '')) };
	}
	// Dots before groups of three: a decimal point to some, a thousands separator to others.
	if (kind === 'int' && /^-?\d{1,3}\.\d{3}$/.test(t)) return ambiguous(text, Number(t), 'with a decimal point', Number(t.replace('.', '')), 'with a dot between thousands');
	if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(t)) return { error: `"${text}" has dots between thousands — write it with digits only: ${t.replace(/\./g, '')}` };
	// A comma before one, two or four-plus digits: a decimal comma, or a mistyped separator.
	if (/^-?\d+,\d+$/.test(t)) return ambiguous(text, Number(t.replace(',', '.')), 'with a decimal comma', Number(t.replace(',', '')), 'without the comma');
	if (/^-?\d+\.\d+$/.test(t)) {
		if (kind === 'int') return { error: `"${text}" is not a whole number — a troop count is written in whole digits, such as 2500` };
		return { value: Number(t) };
	}
	return { error: `"${text}" is not a number — write digits only, such as 2500 or 2,500` };
}
