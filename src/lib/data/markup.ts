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

/**
 * The first thing in a text that would not render as the editor meant: an HTML tag, a link
 * that is not http(s), a link left open, an *emphasis* left open. Undefined when the text is
 * clean. (The page stays safe either way: this is for the editor.)
 */
export function lintMarkup(source: string): { index: number; message: string } | undefined {
	const tag = /<\/?[a-zA-Z][^>]*>?/.exec(source);
	if (tag) return { index: tag.index, message: `${JSON.stringify(tag[0].slice(0, 20))} is an HTML tag, which shows as plain characters — use *emphasis* or [link text](https://…), or remove it` };
	const badLink = /\[[^\]\n]*\]\((?!https?:\/\/)([^)\s]*)\)?/.exec(source);
	if (badLink) return { index: badLink.index, message: `the link address "${badLink[1]}" does not start with https:// or http:// — only web links are allowed` };
	const open = /\[[^\]\n]*\]\([^)]*$/.exec(source);
	if (open) return { index: open.index, message: 'a link is not closed — write [link text](https://…) with the closing )' };
	// Emphasis: the stars left once links and closed *pairs* are taken out.
	const rest = source.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (m) => ' '.repeat(m.length)).replace(/\*[^*\n]+\*/g, (m) => ' '.repeat(m.length));
	const star = rest.indexOf('*');
	if (star >= 0) return { index: star, message: 'an *emphasis* is not closed — add the closing *, or remove the single *' };
	return undefined;
}
