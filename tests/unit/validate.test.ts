/**
 * A corpus of broken data files, made by corrupting copies of the real ones. Each case checks
 * that validation names the file, the line of the problem and its JSON pointer, as an editor
 * would need to find it.
 */
import { describe, expect, it } from 'vitest';
import { readDataTexts } from '../../src/lib/data/read-files';
import { formatProblem, validateTexts, type Problem } from '../../src/lib/data/validate';
import type { DataFileName } from '../../src/lib/data/schema';
import { regionGeo } from './helpers';
import { readFileSync } from 'node:fs';

const original = readDataTexts('data') as Record<DataFileName, string>;

interface Case {
	name: string;
	file: DataFileName;
	/** The corrupted text, or undefined to remove the file. */
	corrupt: (text: string) => string | undefined;
	/** Where the problem is: the line holding this text in the corrupted file (default: line 1). */
	lineOf?: string;
	pointer?: string;
	message: RegExp;
}

const replaceOnce = (from: string, to: string) => (t: string) => {
	if (!t.includes(from)) throw new Error(`fixture needle not found: ${from}`);
	return t.replace(from, to);
};

const cases: Case[] = [
	{ name: 'trailing comma', file: 'troops.json', corrupt: replaceOnce('"R1"\n          ]\n        },', '"R1"\n          ],\n        },'), lineOf: '],\n        },', message: /trailing comma/ },
	{ name: 'missing closing quote', file: 'events.json', corrupt: replaceOnce('"Bush announces the surge"', '"Bush announces the surge'), lineOf: 'Bush announces the surge', message: /syntax error/ },
	{ name: 'missing comma between fields', file: 'places.json', corrupt: replaceOnce('"lat": 33.313,', '"lat": 33.313'), lineOf: '"lon": 44.362', message: /missing comma/ },
	{ name: 'stray character', file: 'story.json', corrupt: replaceOnce('"start": "2003-01",', '"start": "2003-01",x'), lineOf: '"2003-01",x', message: /syntax error/ },
	{ name: 'comment', file: 'sources.json', corrupt: replaceOnce('"sources": [', '"sources": [ // list'), lineOf: '// list', message: /syntax error/ },
	{ name: 'number written as text', file: 'troops.json', corrupt: replaceOnce('"value": 192000', '"value": "192,000"'), lineOf: '"192,000"', pointer: '/series/0/points/0/value', message: /wrong type — expected a number/ },
	{ name: 'missing field', file: 'troops.json', corrupt: replaceOnce('"value": 192000,\n          "kind": "approximate",', '"value": 192000,'), lineOf: '{\n          "date": "2003-03"', pointer: '/series/0/points/0/kind', message: /missing required field "kind"/ },
	{ name: 'misspelt key', file: 'events.json', corrupt: replaceOnce('"title": {\n        "en": "Bush announces', '"titel": {\n        "en": "Bush announces'), lineOf: '"titel"', pointer: '/events/1/titel', message: /unknown field "titel" — did you mean "title"\?/ },
	{ name: 'misspelt story key', file: 'story.json', corrupt: replaceOnce('"headline":', '"headlin":'), lineOf: '"headlin"', pointer: '/intro/headlin', message: /did you mean "headline"/ },
	{ name: 'unknown key', file: 'places.json', corrupt: replaceOnce('"lat": 33.313,', '"lat": 33.313, "population": 8000000,'), lineOf: '"population"', pointer: '/places/0/population', message: /unknown field "population"/ },
	{ name: 'impossible date', file: 'events.json', corrupt: replaceOnce('"date": "2020-01-03"', '"date": "2020-02-30"'), lineOf: '2020-02-30', pointer: '/events/15/date', message: /not a real calendar date/ },
	{ name: 'date in words', file: 'events.json', corrupt: replaceOnce('"date": "2020-01-03"', '"date": "3 Jan 2020"'), lineOf: '3 Jan 2020', pointer: '/events/15/date', message: /"3 Jan 2020": not written as YYYY-MM-DD — write "2020-01-03"/ },
	{ name: 'negative count', file: 'troops.json', corrupt: replaceOnce('"value": 9500', '"value": -9500'), lineOf: '-9500', pointer: '/series/0/points/13/value', message: /cannot be negative/ },
	{ name: 'fractional count', file: 'troops.json', corrupt: replaceOnce('"value": 9500', '"value": 9500.5'), lineOf: '9500.5', pointer: '/series/0/points/13/value', message: /whole number/ },
	{ name: 'unknown kind', file: 'troops.json', corrupt: replaceOnce('"value": 9500,\n          "kind": "official"', '"value": 9500,\n          "kind": "oficial"'), lineOf: '"oficial"', pointer: '/series/0/points/13/kind', message: /did you mean "official"/ },
	{ name: 'dangling place', file: 'events.json', corrupt: replaceOnce('"places": [\n        "mosul"', '"places": [\n        "mosull"'), lineOf: '"mosull"', pointer: '/events/5/places/0', message: /place "mosull" is not in data\/places.json.*"mosul"/ },
	{ name: 'dangling source', file: 'troops.json', corrupt: replaceOnce('"R12"', '"R999"'), lineOf: 'R999', pointer: '/series/0/points/13/sources/0', message: /source "R999" is not in data\/sources.json/ },
	{ name: 'duplicate id', file: 'events.json', corrupt: replaceOnce('"id": "surge"', '"id": "invasion"'), lineOf: '"id": "invasion",\n      "date": "2007', pointer: '/events/1/id', message: /duplicate event id "invasion"/ },
	{ name: 'bad url', file: 'sources.json', corrupt: replaceOnce('"url": "https://archives.lincolndailynews.com', '"url": "archives.lincolndailynews.com'), lineOf: '"url": "archives.', pointer: '/sources/0/url', message: /http:\/\/ or https:\/\// },
	{ name: 'coordinates outside the map', file: 'places.json', corrupt: replaceOnce('"lat": 33.313', '"lat": 3.313'), lineOf: '"lat": 3.313', pointer: '/places/0/lat', message: /outside the map/ },
	{ name: 'latitude and longitude swapped', file: 'places.json', corrupt: replaceOnce('"lat": 36.34,\n      "lon": 43.13', '"lat": 43.13,\n      "lon": 36.34'), lineOf: '"lat": 43.13', pointer: '/places/2/lat', message: /swapped/ },
	{ name: 'empty file', file: 'events.json', corrupt: () => '', message: /empty/ },
	{ name: 'only white space', file: 'story.json', corrupt: () => '  \n\n ', message: /empty/ },
	{ name: 'byte-order mark', file: 'places.json', corrupt: (t) => '\uFEFF' + t, message: /byte-order mark/ },
	{ name: 'missing file', file: 'sources.json', corrupt: () => undefined, message: /missing/ },
	{ name: 'list instead of object', file: 'troops.json', corrupt: () => '[1, 2, 3]\n', message: /JSON object/ },
	{ name: 'very long text', file: 'events.json', corrupt: replaceOnce('"en": "Air strikes', `"en": "${'x'.repeat(5000)} Air strikes`), lineOf: 'xxxxxxxxxx', pointer: '/events/0/summary/en', message: /too long/ },
	{ name: 'null for a text', file: 'events.json', corrupt: (t) => t.replace(/"title": \{\n\s*"en": "Bush announces the surge",\n[^}]*\}/, '"title": null'), lineOf: '"title": null', pointer: '/events/1/title', message: /null is the wrong type/ },
	{ name: 'misspelt category', file: 'events.json', corrupt: replaceOnce('"category": "diplomacy"', '"category": "diplomcy"'), lineOf: '"diplomcy"', message: /did you mean "diplomacy"/ },
	{ name: 'date in the future', file: 'events.json', corrupt: replaceOnce('"date": "2026-03-12"', '"date": "2097-03-12"'), lineOf: '2097-03-12', message: /is in the future/ },
	{ name: 'gap that ends before it starts', file: 'troops.json', corrupt: replaceOnce('"from": "2011-12-18",\n          "to": "2014-06-19"', '"from": "2014-06-19",\n          "to": "2011-12-18"'), lineOf: '"to": "2011-12-18"', pointer: '/series/0/gaps/0/to', message: /swap/ },
	{ name: 'story step with an unknown place', file: 'story.json', corrupt: (t) => t.replace(/"highlight": \[\n(\s*)"tower-22"/, '"highlight": [\n$1"tower22"'), lineOf: '"tower22"', pointer: '/map/steps/4/highlight/0', message: /did you mean "tower-22"/ },
	{ name: 'range upper end below the figure', file: 'troops.json', corrupt: replaceOnce('"high": 41000', '"high": 4100'), lineOf: '"high": 4100', pointer: '/series/0/points/12/high', message: /upper end/ },
	// Mistakes an editor makes in a text editor or word processor.
	{ name: 'curly quotes', file: 'events.json', corrupt: replaceOnce('"Bush announces the surge"', '“Bush announces the surge”'), lineOf: '“Bush', message: /curly quote — JSON needs straight double quotes/ },
	{ name: 'number with a thousands separator, unquoted', file: 'troops.json', corrupt: replaceOnce('"value": 192000', '"value": 192,000'), lineOf: '192,000', message: /without separators: 192000/ },
	{ name: 'a } missing mid-file', file: 'events.json', corrupt: (t) => { const at = t.lastIndexOf('}', t.lastIndexOf('{', t.indexOf('"id": "surge"'))); return t.slice(0, at) + t.slice(at + 1); }, lineOf: '{\n      "id": "surge"', message: /object above this one is not closed — add the missing }/ },
	{ name: 'block comment', file: 'places.json', corrupt: replaceOnce('"places": [', '"places": [ /* cities */'), lineOf: '/* cities */', message: /comments .* are not allowed in JSON/ },
	{ name: 'single quotes', file: 'events.json', corrupt: replaceOnce('"Bush announces the surge"', "'Bush announces the surge'"), lineOf: "'Bush", message: /single quotes.*"double quotes"/ },
	{ name: 'a spreadsheet date number', file: 'events.json', corrupt: replaceOnce('"date": "2020-01-03"', '"date": "43833"'), lineOf: '43833', pointer: '/events/15/date', message: /spreadsheet's date number .* write "2020-01-03"/ },
	{ name: 'date with slashes', file: 'events.json', corrupt: replaceOnce('"date": "2020-01-03"', '"date": "2020/01/03"'), lineOf: '2020/01/03', pointer: '/events/15/date', message: /write "2020-01-03"/ },
	{ name: 'date written out', file: 'events.json', corrupt: replaceOnce('"date": "2020-01-03"', '"date": "3 January 2020"'), lineOf: '3 January 2020', pointer: '/events/15/date', message: /^"3 January 2020": not written as YYYY-MM-DD — write "2020-01-03"$/ },
	{ name: 'day and month either way round', file: 'events.json', corrupt: replaceOnce('"date": "2020-01-03"', '"date": "03/01/2020"'), lineOf: '03/01/2020', pointer: '/events/15/date', message: /either way round — write "2020-01-03" or "2020-03-01"/ },
	// Implausible values.
	{ name: 'a billion troops', file: 'troops.json', corrupt: replaceOnce('"value": 192000', '"value": 1e9'), lineOf: '1e9', pointer: '/series/0/points/0/value', message: /more than any figure .* extra zeros.*"confirmed"/ },
	{ name: 'twenty-five million troops', file: 'troops.json', corrupt: replaceOnce('"value": 192000', '"value": 25000000'), lineOf: '25000000', pointer: '/series/0/points/0/value', message: /extra zeros/ },
	{ name: 'zero troops', file: 'troops.json', corrupt: replaceOnce('"value": 192000', '"value": 0'), lineOf: '"value": 0', pointer: '/series/0/points/0/value', message: /figure of 0 .* "gap"/ },
	{ name: 'a figure far from both neighbours', file: 'troops.json', corrupt: replaceOnce('"value": 56000', '"value": 560'), lineOf: '"value": 560,', message: /more than 3 times away from the figures before and after it/ },
	{ name: 'a figure inside its series\' gap', file: 'troops.json', corrupt: replaceOnce('"date": "2011-12-18"', '"date": "2013-01-01"'), lineOf: '2013-01-01', message: /inside this series' gap/ },
	{ name: 'an event before the story starts', file: 'events.json', corrupt: replaceOnce('"date": "2003-03-20"', '"date": "2001-09-11"'), lineOf: '2001-09-11', pointer: '/events/0/date', message: /before the story's span/ },
	// Markup that would reach readers as literal characters.
	{ name: 'unclosed emphasis', file: 'events.json', corrupt: replaceOnce('Saddam Hussein', '*Saddam Hussein'), lineOf: '*Saddam', pointer: '/events/0/summary/en', message: /emphasis\* is not closed/ },
	{ name: 'unclosed link', file: 'events.json', corrupt: replaceOnce('Saddam Hussein', '[Saddam](https://example.org Hussein'), lineOf: '[Saddam]', message: /link is not closed/ },
	{ name: 'an HTML tag', file: 'events.json', corrupt: replaceOnce('Saddam Hussein', '<b>Saddam</b> Hussein'), lineOf: '<b>', message: /"<b>" is an HTML tag/ },
	{ name: 'a script tag', file: 'story.json', corrupt: replaceOnce('"Iraq and Syria"', '"Iraq <script>alert(1)</script> and Syria"'), lineOf: '<script>', message: /"<script>" is an HTML tag/ },
	{ name: 'a javascript: link', file: 'events.json', corrupt: replaceOnce('Saddam Hussein', '[Saddam](javascript:alert(1)) Hussein'), lineOf: 'javascript:', message: /does not start with https:\/\// },
	// Corrections, credits and statements.
	{ name: 'a correction without a date', file: 'corrections.json', corrupt: replaceOnce('"date": "2026-12-02",\n      "text"', '"text"'), lineOf: '{\n      "text"', pointer: '/corrections/0/date', message: /"date"/ },
	{ name: 'a correction without its text', file: 'corrections.json', corrupt: (t) => t.replace(/"en": "An earlier version drew[^"]*"/, '"en": ""'), lineOf: '"en": ""', pointer: '/corrections/0/text/en', message: /must not be empty/ },
	{ name: 'a placeholder byline', file: 'story.json', corrupt: replaceOnce('"en": "By the contributors to the open-source explainer project"', '"en": "By the project\'s graphics team"'), lineOf: 'graphics team', pointer: '/meta/byline/en', message: /placeholder, not a credit/ },
	{ name: 'a translation that renames an interface text\'s placeholder', file: 'story.json', corrupt: replaceOnce('"ar": "الوضع في {date}"', '"ar": "الوضع في {تاريخ}"'), lineOf: '{تاريخ}', pointer: '/ui/asOf/ar', message: /keep each \{name\} exactly as in the English/ },
	{ name: 'a statement citing an unknown source', file: 'story.json', corrupt: replaceOnce('"P11"', '"P99"'), lineOf: '"P99"', message: /source "P99" is not in data\/sources.json/ },
	{ name: 'a new count without a source', file: 'troops.json', corrupt: replaceOnce('"R61",\n              "R62"\n            ]\n          },', '"R6000",\n              "R62"\n            ]\n          },'), lineOf: '"R6000"', pointer: '/series/1/points/8/countChange/sources/0', message: /source "R6000" is not in data\/sources.json/ },
	// Encodings: JSON saved by another tool.
	{ name: 'Arabic turned into question marks', file: 'places.json', corrupt: replaceOnce('"ar": "بغداد"', '"ar": "?????"'), lineOf: '"?????"', pointer: '/places/0/name/ar', message: /question marks where its letters should be/ },
	{ name: 'damaged text (�)', file: 'places.json', corrupt: replaceOnce('"ar": "بغداد"', '"ar": "���"'), lineOf: '���', message: /character � stands where/ },
	{ name: 'status change without a source', file: 'places.json', corrupt: (t) => t.replace(/("from": "2026-01-17",\n\s*"state": "handed-over",[\s\S]*?"sources": \[)[^\]]*\]/, '$1]'), lineOf: '"sources": []', message: /needs at least one source id/ },
	{ name: 'status change citing an unknown source', file: 'places.json', corrupt: (t) => t.replace(/("from": "2026-01-17",\n\s*"state": "handed-over",[\s\S]*?"sources": \[\s*)"R78"/, '$1"B999"'), lineOf: '"B999"', message: /source "B999" is not in data\/sources.json/ },
	{ name: 'handover without who took it over', file: 'places.json', corrupt: (t) => t.replace(/("state": "handed-over",)\n\s*"to": \{[^}]*\},/, '$1'), lineOf: '"state": "handed-over"', message: /a handover needs "to"/ },
	{ name: 'site states out of order', file: 'places.json', corrupt: replaceOnce('"from": "2026-01-17"', '"from": "2014-01-17"'), lineOf: '"from": "2014-01-17"', message: /comes before the state above it/ },
	{ name: 'map step without a whole day', file: 'story.json', corrupt: replaceOnce('"asOf": "2024-01-27"', '"asOf": "2024-01"'), lineOf: '"asOf": "2024-01"', message: /not a whole day/ }
];

function lineOf(text: string, needle: string): number {
	const i = text.indexOf(needle);
	if (i < 0) throw new Error(`needle not in corrupted text: ${needle}`);
	return text.slice(0, i).split('\n').length;
}

describe('the real data', () => {
	it('is valid', () => {
		const { data, problems } = validateTexts(original);
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
		expect(data).toBeDefined();
	});
});

describe('broken data files', () => {
	it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

	for (const c of cases) {
		it(`${c.name} (${c.file})`, () => {
			const texts: Partial<Record<DataFileName, string>> = { ...original };
			const corrupted = c.corrupt(original[c.file]);
			if (corrupted === undefined) delete texts[c.file];
			else texts[c.file] = corrupted;
			const { data, problems } = validateTexts(texts);
			expect(data, 'no data set from a broken file').toBeUndefined();
			const errors = problems.filter((p: Problem) => p.severity === 'error');
			const mine = errors.filter((p) => p.file === `data/${c.file}` && c.message.test(p.message));
			expect(mine.map(formatProblem), errors.map(formatProblem).join('\n')).not.toEqual([]);
			const p = mine[0];
			const line = c.lineOf && corrupted ? lineOf(corrupted, c.lineOf) : 1;
			expect(p.line).toBe(line);
			if (c.pointer) expect(p.pointer).toBe(c.pointer);
			expect(formatProblem(p)).toMatch(new RegExp(`^data/${c.file.replace('.', '\\.')}:${line}:\\d+  `));
		});
	}

	for (const [name, bytes, message] of [
		['saved as Windows-1256', () => readFileSync('tests/fixtures/encodings/places.cp1256.json'), /not UTF-8: it looks like Windows-1256.*CSV UTF-8/],
		['saved as a Western code page (Arabic lost to "?")', () => readFileSync('tests/fixtures/encodings/places.latin1.json'), /question marks|not UTF-8/],
		['saved as UTF-16', () => new Uint8Array([0xff, 0xfe, ...Buffer.from(original['places.json'], 'utf16le')]), /UTF-16/]
	] as const)
		it(`a file ${name} is named as such, with how to save it as UTF-8`, () => {
			const { data, problems } = validateTexts({ ...original, 'places.json': bytes() });
			expect(data).toBeUndefined();
			expect(problems.filter((p) => p.file === 'data/places.json').map((p) => p.message).join('\n')).toMatch(message);
		});

	it('refuses a place moved into another country, naming both', () => {
		const moved = original['places.json'].replace('"lat": 33.313,\n      "lon": 44.362', '"lat": 33.313,\n      "lon": 46.9');
		const { data, problems } = validateTexts({ ...original, 'places.json': moved }, { countries: regionGeo() });
		expect(data).toBeUndefined();
		expect(problems.map(formatProblem).join('\n')).toMatch(/places\.json:\d+:\d+  \/places\/0\/lat  33\.313, 46\.9 lies outside IRAQ, in IRAN/);
		expect(validateTexts(original, { countries: regionGeo() }).data, 'every real place is in its country').toBeDefined();
	});

	it('accepts an implausible figure that an editor has confirmed', () => {
		const t = original['troops.json'].replace('"value": 56000,', '"value": 560,\n          "confirmed": "checked against the source",');
		const { data } = validateTexts({ ...original, 'troops.json': t });
		expect(data).toBeDefined();
	});

	it('reports every problem, not only the first', () => {
		let t = original['troops.json'];
		t = t.replace('"value": 9500', '"value": -9500').replace('"value": 56000', '"value": "56000"');
		let e = original['events.json'].replace('"date": "2020-01-03"', '"date": "2020-02-30"');
		e = e.replace('"category": "diplomacy"', '"category": "diplomcy"');
		const { problems } = validateTexts({ ...original, 'troops.json': t, 'events.json': e });
		const errors = problems.filter((p) => p.severity === 'error');
		expect(errors.length).toBeGreaterThanOrEqual(4);
		expect(new Set(errors.map((p) => p.file))).toEqual(new Set(['data/troops.json', 'data/events.json']));
	});

	it('cites every source at least once, and warns about one nobody cites', () => {
		expect(validateTexts(original).problems.filter((p) => /not cited anywhere/.test(p.message))).toEqual([]);
		const sources = JSON.parse(original['sources.json']);
		sources.sources.push({ id: 'R999', publisher: 'Example', title: 'Unused', url: 'https://example.org/', date: '2024-01-01' });
		const { data, problems } = validateTexts({ ...original, 'sources.json': JSON.stringify(sources, null, 2) });
		expect(data).toBeDefined();
		const warning = problems.find((p) => /"R999" is not cited anywhere/.test(p.message));
		expect(warning?.severity).toBe('warning');
		expect(warning?.pointer).toBe(`/sources/${sources.sources.length - 1}/id`);
	});

	it('warns, without failing, when figures are out of date order', () => {
		const t = original['troops.json'].replace('"date": "2005-01"', '"date": "2003-04"');
		const { data, problems } = validateTexts({ ...original, 'troops.json': t });
		expect(data).toBeDefined();
		expect(problems.some((p) => p.severity === 'warning' && /before the figure above/.test(p.message))).toBe(true);
	});

	it('refuses a text missing in any edition, naming its language, file and pointer', () => {
		expect(validateTexts(original).problems.filter((p) => p.severity === 'error')).toEqual([]);
		const story = JSON.parse(original['story.json']);
		delete story.intro.headline.ar;
		delete story.ui.copy.ckb;
		const { data, problems } = validateTexts({ ...original, 'story.json': JSON.stringify(story, null, 2) });
		expect(data, 'an edition is built only with every text').toBeUndefined();
		expect(problems.filter((p) => p.lang).map((m) => `${m.file} ${m.pointer} ${m.lang} ${m.severity}`)).toEqual([
			'data/story.json /intro/headline ar error',
			'data/story.json /ui/copy ckb error'
		]);
	});

	it('lists the draft texts of one edition on request, each with its place', () => {
		const plain = validateTexts(original).problems;
		expect(plain.filter((p) => p.severity === 'warning' && p.lang)).toEqual([]);
		const { data, problems } = validateTexts(original, { translations: 'ckb' });
		expect(data, 'a draft translation still builds').toBeDefined();
		const drafts = problems.filter((p) => p.lang === 'ckb' && p.severity === 'warning');
		expect(drafts.length).toBeGreaterThan(100);
		const headline = drafts.find((d) => d.file === 'data/story.json' && d.pointer === '/intro/headline');
		expect(headline?.line).toBe(original['story.json'].split('\n').findIndex((l) => l.includes('"headline"')) + 1);
		expect(headline?.message).toMatch(/draft ckb text/);
		// A file marked reviewed lists none.
		const reviewed = JSON.parse(original['sources.json']);
		reviewed.translations = { ckb: 'reviewed' };
		const again = validateTexts({ ...original, 'sources.json': JSON.stringify(reviewed, null, 2) }, { translations: 'ckb' }).problems;
		expect(again.some((p) => p.file === 'data/sources.json' && p.lang === 'ckb')).toBe(false);
	});
});
