/** The separator a sheet uses, read off its header row: commas, or semicolons and tabs as some spreadsheets write. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
	const first = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
	const count = (c: string) => first.split(c).length - 1;
	const best = ([',', ';', '\t'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
	return count(best) > 0 ? best : ',';
}

export const DELIMITER_NAMES = { ',': 'commas', ';': 'semicolons (;)', '\t': 'tabs' } as const;

/** CSV as spreadsheets write it (RFC 4180): quoted fields, doubled quotes, CRLF or LF, an optional BOM. */
export function parseCsv(text: string, delimiter: ',' | ';' | '\t' = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === delimiter) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** The byte-order mark that makes Excel on Windows read a CSV file as UTF-8 (Arabic and Kurdish included). */
export const UTF8_BOM = '\uFEFF';

export function formatCsv(rows: (string | number | undefined)[][]): string {
	const cell = (v: string | number | undefined) => {
		const s = v === undefined ? '' : String(v);
		return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
