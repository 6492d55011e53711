/**
 * The small, safe markup editors may use in copy: *emphasis* and [link text](https://…).
 * Everything else is text. The result is a list of tokens that components render as elements,
 * so nothing from the data files ever reaches the page as HTML.
 */
export type Token = { type: 'text'; text: string } | { type: 'em'; text: string } | { type: 'link'; text: string; href: string };

const PATTERN = /\*([^*\n]+)\*|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;

export function parseMarkup(source: string): Token[] {
	const tokens: Token[] = [];
	let last = 0;
	for (const m of source.matchAll(PATTERN)) {
		if (m.index > last) tokens.push({ type: 'text', text: source.slice(last, m.index) });
		if (m[1] !== undefined) tokens.push({ type: 'em', text: m[1] });
		else tokens.push({ type: 'link', text: m[2], href: m[3] });
		last = m.index + m[0].length;
	}
	if (last < source.length) tokens.push({ type: 'text', text: source.slice(last) });
	return tokens;
}

/** The same text with the markup removed, for titles, alt texts and announcements. */
export function plainText(source: string): string {
	return parseMarkup(source)
		.map((t) => t.text)
		.join('');
}
