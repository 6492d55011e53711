import { describe, expect, it } from 'vitest';
import { parseMarkup, plainText } from '../../src/lib/data/markup';

describe('copy markup', () => {
	it('turns *emphasis* and [links](https://…) into tokens', () => {
		expect(parseMarkup('a *b* [c](https://example.org/x) d')).toEqual([
			{ type: 'text', text: 'a ' },
			{ type: 'em', text: 'b' },
			{ type: 'text', text: ' ' },
			{ type: 'link', text: 'c', href: 'https://example.org/x' },
			{ type: 'text', text: ' d' }
		]);
	});
	it('leaves HTML and script as plain text', () => {
		const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		expect(parseMarkup(evil)).toEqual([{ type: 'text', text: evil }]);
	});
	it('does not make links of javascript: or other schemes', () => {
		expect(parseMarkup('[x](javascript:alert(1))').every((t) => t.type === 'text')).toBe(true);
	});
	it('gives plain text for titles and announcements', () => {
		expect(plainText('the *Higher Military Commission* met')).toBe('the Higher Military Commission met');
	});
});
