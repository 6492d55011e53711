/**
 * The bytes of an editor's file as text, or a clear refusal. Spreadsheets save CSV in many
 * encodings (Excel's plain "CSV" uses the computer's Western or Arabic code page, "Unicode
 * Text" is UTF-16); read as UTF-8 they turn Arabic and Kurdish into question marks or �.
 * Only UTF-8 is accepted, with or without a byte-order mark, and anything else is named.
 */
export const SAVE_AS_UTF8 =
	'save it again as UTF-8: in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice, tick "Edit filter settings" and choose "Unicode (UTF-8)"; Google Sheets and Numbers always export UTF-8';

export type Decoded = { text: string; bom: boolean } | { error: string };

/** Which legacy code page the bytes most likely are, for the message. */
function guessCodePage(bytes: Uint8Array): string {
	let high = 0;
	let arabicRange = 0;
	for (const b of bytes) {
		if (b < 0x80) continue;
		high++;
		// Windows-1256 puts the Arabic letters at 0xC1–0xDA and 0xDC–0xED, where Latin-1 has accented capitals and small letters mixed.
		if ((b >= 0xc1 && b <= 0xda) || (b >= 0xdc && b <= 0xed)) arabicRange++;
	}
	return high && arabicRange / high > 0.6 ? 'Windows-1256 (Excel\'s Arabic "CSV")' : 'Windows-1252 or Latin-1 (Excel\'s Western "CSV")';
}

export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
		return { error: `this is a spreadsheet workbook (.xlsx or .ods), not a CSV file — ${SAVE_AS_UTF8}` };
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { error: `the file is saved as UTF-16 (Excel's "Unicode Text"), not UTF-8 — ${SAVE_AS_UTF8}` };
	const zeros = bytes.subarray(0, 2000).filter((b) => b === 0).length;
	if (zeros > 10) return { error: `the file is saved as UTF-16 or another two-byte encoding, not UTF-8 — ${SAVE_AS_UTF8}` };
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
	} catch {
		return { error: `the file is not UTF-8: it looks like ${guessCodePage(bytes)}, which loses Arabic and Kurdish letters — ${SAVE_AS_UTF8}` };
	}
	const bad = text.indexOf('\uFFFD');
	if (bad >= 0) {
		const line = text.slice(0, bad).split('\n').length;
		return { error: `line ${line} holds the character �, left where an earlier conversion could not read a letter — the text there is damaged; restore it from the original, then ${SAVE_AS_UTF8}` };
	}
	return { text, bom };
}

/** Text in Arabic script that a wrong encoding turned into question marks ("؟؟؟" stays; "???" does not). */
export function lostToQuestionMarks(cell: string): boolean {
	return /\?{2,}/.test(cell) && !/[\u0600-\u06FF]/.test(cell);
}
