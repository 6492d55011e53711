/**
 * Validates the editors' files: JSON syntax, the schema, and the checks that span files
 * (references, ids, dates, coordinates). Pure: it takes the files' texts and returns the data
 * and every problem found, each with its file, line, column and JSON pointer.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { geoContains } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { lintMarkup } from './markup.ts';
import { DATA_FILES, type DataFileName, type Dataset, type LocalizedText } from './schema.ts';
import { LineIndex, keyOffset, offsetOf, toPointer, type JsonPath } from './positions.ts';
import { closest } from './suggest.ts';
import { decodeText, lostToQuestionMarks } from './encoding.ts';
import { defOf, schemaAt, type AnySchema } from './schema-walk.ts';
import { dateEndTime, dateStartTime, dateToTime } from './dates.ts';
import { insideRegion, REGION } from './region.ts';
import { EDITIONS, editionOf, SOURCE_LANG, TRANSLATED_LANGS, type Lang } from '../editions/registry.ts';

export interface Problem {
	file: string;
	line: number;
	column: number;
	pointer: string;
	message: string;
	severity: 'error' | 'warning';
	/** The edition's language, for a problem with one translation (a missing or draft text). */
	lang?: Lang;
}

export interface ValidationResult {
	data?: Dataset;
	problems: Problem[];
}

export const DATA_DIR = 'data';
export const FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

interface Parsed {
	name: DataFileName;
	text: string;
	lines: LineIndex;
	tree?: Node;
	value?: unknown;
}

export function formatProblem(p: Problem): string {
	const tag = p.severity === 'warning' ? 'warning: ' : '';
	return `${p.file}:${p.line}:${p.column}  ${p.pointer || '/'}  ${tag}${p.message}`;
}

function show(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value);
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return String(value);
}

function typeName(expected: string): string {
	const names: Record<string, string> = {
		string: 'text in quotes',
		number: 'a number without quotes',
		int: 'a whole number',
		boolean: 'true or false',
		object: 'an object { … }',
		array: 'a list [ … ]'
	};
	return names[expected] ?? expected;
}

/** The offset of a comma that stands just before the error with nothing after it, if any. */
function trailingComma(text: string, offset: number): number | undefined {
	let i = offset - 1;
	while (i >= 0 && /\s/.test(text[i])) i--;
	return text[i] === ',' && /^[}\]]/.test(text.slice(offset)) ? i : undefined;
}

function describeSyntaxError(text: string, e: ParseError): string {
	let before = e.offset - 1;
	while (before >= 0 && /\s/.test(text[before])) before--;
	const prev = text[before];
	const here = text.slice(e.offset, e.offset + e.length) || 'the end of the file';
	// Curly quotes, as word processors and phones type them, are not JSON's quotes.
	const curly = /[“”„‘’]/.exec(text.slice(Math.max(0, e.offset - 1), e.offset + Math.max(1, e.length) + 1));
	if (curly) return `syntax error: ${curly[0]} is a curly quote — JSON needs straight double quotes ("), as a plain-text editor types them`;
	switch (printParseErrorCode(e.error)) {
		case 'PropertyNameExpected':
		case 'ValueExpected':
			// "value": 2,500 — the comma was meant as a thousands separator.
			if (prev === ',' && /\d/.test(text[before - 1] ?? '') && /^\d{3}\b/.test(text.slice(e.offset)))
				return `syntax error: a number is written with a thousands separator — numbers are written without separators: ${(/\d+$/.exec(text.slice(0, before)) ?? [''])[0]}${text.slice(e.offset, e.offset + 3)}`;
			if (prev === ',' && here === '{') return 'syntax error: an object above this one is not closed — add the missing } before the comma, at the end of the previous item';
			if (prev === ',') return `syntax error: a comma before ${here} has nothing after it — remove the trailing comma`;
			return `syntax error: found ${here} where a value was expected — check for a missing value, quote or bracket`;
		case 'CommaExpected':
			return `syntax error: missing comma before ${here} — put a comma between items`;
		case 'ColonExpected':
			return `syntax error: missing colon after a field name — write "name": value`;
		case 'CloseBraceExpected':
			return `syntax error: an object is not closed — add the missing }`;
		case 'CloseBracketExpected':
			return `syntax error: a list is not closed — add the missing ]`;
		case 'UnexpectedEndOfString':
			return 'syntax error: text is not closed — add the missing " at the end of the text';
		case 'InvalidCommentToken':
			return 'syntax error: comments (// or /* */) are not allowed in JSON — remove it, or put the note in a "note" field';
		case 'InvalidSymbol':
			if (here.startsWith("'")) return `syntax error: text in 'single quotes' — JSON needs "double quotes"`;
			if (here.startsWith('/')) return 'syntax error: comments (// or /* */) are not allowed in JSON — remove it, or put the note in a "note" field';
			return `syntax error: unexpected character ${here} — text must be in "double quotes", and comments are not allowed`;
		case 'InvalidCharacter':
			return 'syntax error: a control character (such as a line break or tab) inside quotes — use \\n for a line break';
		case 'EndOfFileExpected':
			return `syntax error: unexpected ${here} after the end of the data — remove it`;
		default:
			return `syntax error (${printParseErrorCode(e.error)}) at ${here}`;
	}
}

function parseFile(name: DataFileName, content: string | Uint8Array | undefined, problems: Problem[]): Parsed | undefined {
	const file = `${DATA_DIR}/${name}`;
	const at = (message: string, line = 1, column = 1, pointer = '') =>
		problems.push({ file, line, column, pointer, message, severity: 'error' });
	if (content === undefined) {
		at('the file is missing — restore it from the repository (git checkout data/' + name + ')');
		return;
	}
	let text: string;
	if (content instanceof Uint8Array) {
		const decoded = decodeText(content);
		if ('error' in decoded) {
			at(decoded.error);
			return;
		}
		text = (decoded.bom ? '\uFEFF' : '') + decoded.text;
	} else text = content;
	const damaged = text.indexOf('\uFFFD');
	if (damaged >= 0) {
		const { line, column } = new LineIndex(text).at(damaged);
		at('the character � stands where an earlier conversion could not read a letter — the text here is damaged; restore it from the original (git diff shows what changed)', line, column);
		return;
	}
	if (text.charCodeAt(0) === 0xfeff) {
		at('the file starts with an invisible byte-order mark (BOM) — save it as "UTF-8" without BOM');
		return;
	}
	if (text.trim() === '') {
		at('the file is empty — it must hold a JSON object starting with {');
		return;
	}
	const lines = new LineIndex(text);
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	if (errors.length) {
		// Only the first syntax error is reliable: the ones after it are usually its echoes.
		const e = errors[0];
		const { line, column } = lines.at(trailingComma(text, e.offset) ?? e.offset);
		at(describeSyntaxError(text, e), line, column);
		return;
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (err) {
		at(`syntax error: ${(err as Error).message}`);
		return;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		at('the file must hold a JSON object starting with {');
		return;
	}
	return { name, text, lines, tree, value };
}

function schemaProblems(p: Parsed, problems: Problem[]): unknown | undefined {
	const schema = DATA_FILES[p.name] as AnySchema;
	const result = schema.safeParse(p.value, { reportInput: true });
	if (result.success) return result.data;
	const file = `${DATA_DIR}/${p.name}`;
	// Unknown keys are found by walking the file against the schema, so every one is reported,
	// even in an object that has other problems too.
	for (const { path, key, allowed } of unknownKeys(schema, p.value, [])) {
		const guess = closest(key, allowed);
		const fix = guess ? `did you mean "${guess}"?` : `remove it, or use one of: ${allowed.join(', ')}`;
		const { line, column } = p.lines.at(keyOffset(p.tree, path, key));
		problems.push({ file, line, column, pointer: toPointer([...path, key]), message: `unknown field "${key}" — ${fix}`, severity: 'error' });
	}
	for (const issue of result.error.issues) {
		const path = issue.path as JsonPath;
		const input = (issue as { input?: unknown }).input;
		const push = (message: string, at: number, ptrPath = path) => {
			const { line, column } = p.lines.at(at);
			problems.push({ file, line, column, pointer: toPointer(ptrPath), message, severity: 'error' });
		};
		switch (issue.code) {
			case 'unrecognized_keys':
				break; // reported above
			case 'invalid_type': {
				const expected = typeName(String(issue.expected));
				if (input === undefined) {
					const key = path[path.length - 1];
					push(`missing required field "${String(key)}" — add it (${expected})`, offsetOf(p.tree, path));
				} else push(`${show(input)} is the wrong type — expected ${expected}`, offsetOf(p.tree, path));
				break;
			}
			case 'invalid_value': {
				if (input === undefined) {
					push(`missing required field "${String(path[path.length - 1])}" — add it (one of: ${(issue.values as unknown[]).join(', ')})`, offsetOf(p.tree, path));
					break;
				}
				const options = (issue.values as unknown[]).map(String);
				const guess = typeof input === 'string' ? closest(input, options) : undefined;
				push(
					`${show(input)} is not allowed — expected one of: ${options.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
					offsetOf(p.tree, path)
				);
				break;
			}
			default: {
				const msg = issue.message;
				const lead = input !== undefined && !Array.isArray(input) && typeof input !== 'object' ? `${show(input)}: ` : '';
				push(`${lead}${msg.startsWith('expected') ? 'not valid — ' + msg : msg}`, offsetOf(p.tree, path));
			}
		}
	}
	return undefined;
}

function unknownKeys(schema: AnySchema | undefined, value: unknown, path: JsonPath): { path: JsonPath; key: string; allowed: string[] }[] {
	const s = schemaAt(schema, []);
	if (!s || value === null || typeof value !== 'object') return [];
	const d = defOf(s);
	if (Array.isArray(value)) return d.type === 'array' ? value.flatMap((v, i) => unknownKeys(d.element, v, [...path, i])) : [];
	if (d.type !== 'object' || !d.shape) return [];
	const allowed = Object.keys(d.shape);
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
		k in d.shape! ? unknownKeys(d.shape![k], v, [...path, k]) : [{ path, key: k, allowed }]
	);
}

/** Visit every reader-facing text ({en, ar} object) in a value, with its path. */
function eachLocalized(value: unknown, path: JsonPath, visit: (t: LocalizedText, path: JsonPath) => void) {
	if (Array.isArray(value)) value.forEach((v, i) => eachLocalized(v, [...path, i], visit));
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o[SOURCE_LANG] === 'string') visit(o as unknown as LocalizedText, path);
		else for (const [k, v] of Object.entries(o)) eachLocalized(v, [...path, k], visit);
	}
}

/** Troop figures above this are not plausible here (the 2003 invasion, the largest, was about 192,000). */
export const TROOP_CEILING = 250_000;
/** A figure this many times larger or smaller than both its neighbours is probably a typo. */
export const NEIGHBOUR_FACTOR = 3;

function crossChecks(files: Map<DataFileName, Parsed>, data: Dataset, problems: Problem[], options: ValidateOptions = {}) {
	const countries = options.countries;
	const report = (name: DataFileName, path: JsonPath, message: string, severity: Problem['severity'] = 'error') => {
		const p = files.get(name)!;
		const { line, column } = p.lines.at(offsetOf(p.tree, path));
		problems.push({ file: `${DATA_DIR}/${name}`, line, column, pointer: toPointer(path), message, severity });
	};

	const unique = (name: DataFileName, list: { id: string }[], listPath: JsonPath, what: string) => {
		const seen = new Map<string, number>();
		list.forEach((item, i) => {
			if (seen.has(item.id))
				report(name, [...listPath, i, 'id'], `duplicate ${what} id "${item.id}" (also at ${toPointer([...listPath, seen.get(item.id)!, 'id'])}) — give each ${what} its own id`);
			else seen.set(item.id, i);
		});
		return new Set(seen.keys());
	};

	const sourceIds = unique('sources.json', data.sources.sources, ['sources'], 'source');
	const placeIds = unique('places.json', data.places.places, ['places'], 'place');
	unique('events.json', data.events.events, ['events'], 'event');
	unique('story.json', [...data.story.map.steps, ...data.story.troops.steps], [], 'step');

	const checkSources = (name: DataFileName, ids: string[] | undefined, path: JsonPath) =>
		ids?.forEach((id, i) => {
			if (!sourceIds.has(id)) {
				const guess = closest(id, [...sourceIds]);
				report(name, [...path, i], `source "${id}" is not in data/sources.json — add it there${guess ? `, or did you mean "${guess}"?` : ''}`);
			}
		});
	const checkPlaces = (name: DataFileName, ids: string[] | undefined, path: JsonPath) =>
		ids?.forEach((id, i) => {
			if (!placeIds.has(id)) {
				const guess = closest(id, [...placeIds]);
				report(name, [...path, i], `place "${id}" is not in data/places.json — add it there${guess ? `, or did you mean "${guess}"?` : ''}`);
			}
		});

	// Dates are checked against the day the check runs: the story's own end date is computed
	// from the data (see updated.ts), so nothing may be dated after today.
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const todayEnd = dateEndTime(today);
	const start = data.story.meta.start;
	const startTime = dateStartTime(start);
	const notAfterUpdated = (name: DataFileName, date: string | null | undefined, path: JsonPath) => {
		if (date && dateStartTime(date) > todayEnd) report(name, path, `${date} is in the future (today is ${today}) — check the year`);
	};
	/** Inside the story's span: from meta.start to today. */
	const inSpan = (name: DataFileName, date: string | undefined, path: JsonPath) => {
		notAfterUpdated(name, date, path);
		if (date && dateEndTime(date) < startTime)
			report(name, path, `${date} is before the story's span, which starts at ${start} ("start" in data/story.json) — check the year`);
	};

	/** A site's states in date order, each with its sources; "to" for a handover and only there. */
	const checkSiteHistory = (pl: Dataset['places']['places'][number], i: number) => {
		let last = -Infinity;
		(pl.status ?? []).forEach((st, j) => {
			const base: JsonPath = ['places', i, 'status', j];
			checkSources('places.json', st.sources, [...base, 'sources']);
			const t = dateStartTime(st.from);
			if (t < last) report('places.json', [...base, 'from'], `${st.from} comes before the state above it — list a site's states oldest first`);
			last = Math.max(last, t);
			notAfterUpdated('places.json', st.from, [...base, 'from']);
			if (st.state === 'handed-over' && !st.to) report('places.json', [...base, 'state'], 'a handover needs "to": who took the site over (for example {"en": "the Iraqi army", …}) — or use "left" when no one is named');
			if (st.state !== 'handed-over' && st.to) report('places.json', [...base, 'to'], `"to" is only for "handed-over" — remove it, or set "state" to "handed-over"`);
			if (st.until && dateEndTime(st.until) < dateStartTime(st.from)) report('places.json', [...base, 'until'], `the last confirmation (${st.until}) comes before the state began (${st.from}) — check the dates`);
		});
		(pl.attacks ?? []).forEach((a, j) => {
			checkSources('places.json', a.sources, ['places', i, 'attacks', j, 'sources']);
			notAfterUpdated('places.json', a.date, ['places', i, 'attacks', j, 'date']);
		});
	};

	data.places.places.forEach((pl, i) => {
		checkSources('places.json', pl.sources, ['places', i, 'sources']);
		checkSiteHistory(pl, i);
		if (!insideRegion(pl.lon, pl.lat))
			report(
				'places.json',
				['places', i, insideRegion(pl.lon, REGION.south) ? 'lat' : 'lon'],
				`${pl.lat}, ${pl.lon} lies outside the map (latitude ${REGION.south} to ${REGION.north}, longitude ${REGION.west} to ${REGION.east}) — check that latitude and longitude are not swapped`
			);
		else if (countries) {
			const land = (id: string) => countries.features.find((f) => f.properties?.kind === 'country' && String(f.id) === id);
			const own = land(pl.country);
			const name = (id: string) => data.story.countries.find((c) => c.id === id)?.name.en ?? `country ${id}`;
			if (!own) report('places.json', ['places', i, 'country'], `"${pl.country}" is not a country on the map — use the ISO 3166 number of the country the place is in ("368" Iraq, "760" Syria, "400" Jordan)`);
			else if (!geoContains(own, [pl.lon, pl.lat])) {
				const other = countries.features.find((f) => f.properties?.kind === 'country' && geoContains(f, [pl.lon, pl.lat]));
				report(
					'places.json',
					['places', i, 'lat'],
					`${pl.lat}, ${pl.lon} lies outside ${name(pl.country)}${other ? `, in ${name(String(other.id))}` : ''} — check the coordinates against the source, or the "country"`
				);
			}
		}
	});

	data.sources.sources.forEach((s, i) => notAfterUpdated('sources.json', s.date, ['sources', i, 'date']));
	data.corrections.corrections.forEach((c, i) => notAfterUpdated('corrections.json', c.date, ['corrections', i, 'date']));
	// A byline must name who made the story, not stand in for it.
	const PLACEHOLDER = /graphics team|\b(tbd|tbc|todo|lorem|placeholder|xxx+)\b|your name|\[name\]/i;
	const bylines: [JsonPath, string][] = [
		[['meta', 'byline', 'en'], data.story.meta.byline.en],
		...data.story.meta.team.flatMap((t, ti) => t.names.map((n, ni) => [['meta', 'team', ti, 'names', ni, 'en'], n.en] as [JsonPath, string]))
	];
	for (const [path, value] of bylines)
		if (PLACEHOLDER.test(value)) report('story.json', path, `"${value}" is a placeholder, not a credit — name the people or the organisation that made the story`);

	// An interface text's {placeholders} are filled by the code: a translation that drops or renames one would print it raw, or lose the date.
	const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`).sort().join(', ');
	for (const [key, text] of Object.entries(data.story.ui)) {
		const expected = placeholders(text.en);
		for (const lang of TRANSLATED_LANGS) {
			const t = (text as Record<string, string | undefined>)[lang];
			if (t !== undefined && placeholders(t) !== expected)
				report('story.json', ['ui', key, lang], `this translation has ${placeholders(t) || 'no placeholder'} where the English has ${expected || 'none'} — keep each {name} exactly as in the English (it is filled in by the page; the words around it are yours)`);
		}
	}

	data.troops.series.forEach((series, si) => {
		let last = -Infinity;
		const byDate = [...series.points].sort((a, b) => dateToTime(a.date) - dateToTime(b.date));
		const confirm = 'if the source really says so, add "confirmed": "why" to this figure';
		series.points.forEach((pt, pi) => {
			const base: JsonPath = ['series', si, 'points', pi];
			checkSources('troops.json', pt.sources, [...base, 'sources']);
			if (pt.countChange) checkSources('troops.json', pt.countChange.sources, [...base, 'countChange', 'sources']);
			inSpan('troops.json', pt.date, [...base, 'date']);
			if (!pt.confirmed) {
				const at = byDate.indexOf(pt);
				const neighbours = [byDate[at - 1], byDate[at + 1]].filter((n): n is typeof pt => !!n && n.value > 0);
				const far = (n: typeof pt) => pt.value > n.value * NEIGHBOUR_FACTOR || pt.value * NEIGHBOUR_FACTOR < n.value;
				if (pt.value === 0) report('troops.json', [...base, 'value'], `a troop figure of 0 — a period with no troops or no figure is a "gap", not a figure; ${confirm}`);
				else if (pt.value > TROOP_CEILING) report('troops.json', [...base, 'value'], `${pt.value} troops is more than any figure in this story can be (at most ${TROOP_CEILING}) — check for extra zeros; ${confirm}`);
				else if (neighbours.length && neighbours.every(far))
					report(
						'troops.json',
						[...base, 'value'],
						`${pt.value} is more than ${NEIGHBOUR_FACTOR} times away from the figures before and after it (${neighbours.map((n) => `${n.value} on ${n.date}`).join(', ')}) — check for a typo; ${confirm}`
					);
			}
			const gap = series.gaps.find((g) => dateToTime(pt.date) > dateToTime(g.from) && dateToTime(pt.date) < dateToTime(g.to));
			if (gap)
				report('troops.json', [...base, 'date'], `${pt.date} lies inside this series' gap with no published figure (${gap.from} to ${gap.to}) — check the date, or shorten the gap in "gaps"`);
			if (pt.high !== undefined && pt.high < pt.value)
				report('troops.json', [...base, 'high'], `the upper end ${pt.high} is below the figure ${pt.value} — "value" is the lower end of a range`);
			const t = dateToTime(pt.date);
			if (t < last)
				report('troops.json', [...base, 'date'], `${pt.date} comes before the figure above it — figures are shown in date order; move this one up to keep the file tidy`, 'warning');
			last = Math.max(last, t);
		});
		series.gaps.forEach((g, gi) => {
			const base: JsonPath = ['series', si, 'gaps', gi];
			checkSources('troops.json', g.sources, [...base, 'sources']);
			notAfterUpdated('troops.json', g.to, [...base, 'to']);
			if (dateToTime(g.to) < dateToTime(g.from)) report('troops.json', [...base, 'to'], `the gap ends (${g.to}) before it starts (${g.from}) — swap "from" and "to"`);
		});
	});
	const seriesIds = new Set<string>();
	data.troops.series.forEach((s, i) => {
		if (seriesIds.has(s.id)) report('troops.json', ['series', i, 'id'], `the series "${s.id}" appears twice — merge the two lists`);
		seriesIds.add(s.id);
	});

	let lastEvent = -Infinity;
	data.events.events.forEach((ev, i) => {
		const base: JsonPath = ['events', i];
		checkSources('events.json', ev.sources, [...base, 'sources']);
		checkPlaces('events.json', ev.places, [...base, 'places']);
		inSpan('events.json', ev.date, [...base, 'date']);
		notAfterUpdated('events.json', ev.endDate, [...base, 'endDate']);
		if (ev.endDate && dateToTime(ev.endDate) < dateToTime(ev.date))
			report('events.json', [...base, 'endDate'], `the event ends (${ev.endDate}) before it starts (${ev.date}) — check both dates`);
		const t = dateToTime(ev.date);
		if (t < lastEvent)
			report('events.json', [...base, 'date'], `${ev.date} comes before the event above it — the timeline sorts by date; move this event up to keep the file tidy`, 'warning');
		lastEvent = Math.max(lastEvent, t);
	});

	data.story.map.steps.forEach((step, i) => {
		const base: JsonPath = ['map', 'steps', i];
		checkPlaces('story.json', step.focus, [...base, 'focus']);
		checkPlaces('story.json', step.highlight, [...base, 'highlight']);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(step.asOf)) report('story.json', [...base, 'asOf'], `"${step.asOf}" is not a whole day — the map draws each site as it stood on one day: write YYYY-MM-DD`);
		notAfterUpdated('story.json', step.asOf, [...base, 'asOf']);
		if (step.attacksSince && dateStartTime(step.attacksSince) > dateStartTime(step.asOf))
			report('story.json', [...base, 'attacksSince'], `the attack period starts (${step.attacksSince}) after the step's date (${step.asOf}) — it runs from "attacksSince" up to "asOf"`);
	});
	data.story.troops.steps.forEach((step, i) => {
		const base: JsonPath = ['troops', 'steps', i];
		if (dateToTime(step.to) < dateToTime(step.from)) report('story.json', [...base, 'to'], `the period ends (${step.to}) before it starts (${step.from}) — swap "from" and "to"`);
		notAfterUpdated('story.json', step.to, [...base, 'to']);
		step.series.forEach((id, j) => {
			if (!seriesIds.has(id)) report('story.json', [...base, 'series', j], `series "${id}" is not in data/troops.json`);
		});
		step.labels.forEach((label, j) => {
			const series = data.troops.series.find((s) => s.id === label.series);
			if (!series) return report('story.json', [...base, 'labels', j, 'series'], `series "${label.series}" is not in data/troops.json`);
			if (!series.points.some((pt) => pt.date === label.date))
				report(
					'story.json',
					[...base, 'labels', j, 'date'],
					`${series.id} has no figure dated ${label.date} in troops.json — use the exact date of one of its figures (${series.points.map((pt) => pt.date).join(', ')})`
				);
			else if (!(dateToTime(label.date) >= dateToTime(step.from) && dateToTime(label.date) <= dateToTime(step.to)))
				report('story.json', [...base, 'labels', j, 'date'], `${label.date} is outside this step's period (${step.from} to ${step.to}), so the chart does not show it — label a figure inside the period`);
		});
	});
	data.troops.annotations.forEach((note, i) => {
		const base: JsonPath = ['annotations', i];
		const series = data.troops.series.find((s) => s.id === note.series);
		if (!series) return report('troops.json', [...base, 'series'], `series "${note.series}" is not in this file`);
		const times = series.points.map((pt) => dateToTime(pt.date));
		const t = dateToTime(note.date);
		if (t < Math.min(...times) || t > Math.max(...times))
			report('troops.json', [...base, 'date'], `${note.date} is outside the ${series.id} line (${series.points[0].date} to ${series.points.at(-1)!.date}) — a note points at a moment on its series' line`);
	});
	data.story.voices.parties.forEach((party, pi) =>
		party.statements.forEach((st, si) => checkSources('story.json', st.sources, ['voices', 'parties', pi, 'statements', si, 'sources']))
	);
	// A source nobody cites supports nothing the reader sees.
	const cited = new Set<string>();
	const collect = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) {
				if (k === 'sources' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && cited.add(id));
				else collect(v);
			}
	};
	[data.story, data.troops, data.events, data.places].forEach(collect);
	data.sources.sources.forEach((src, i) => {
		if (!cited.has(src.id))
			report('sources.json', ['sources', i, 'id'], `source "${src.id}" is not cited anywhere — cite it where it supports a fact (a "sources" list), or remove it`, 'warning');
	});
	const categories = new Set(data.story.categories.map((c) => c.id));
	data.events.events.forEach((ev, i) => {
		if (!categories.has(ev.category))
			report('story.json', ['categories'], `events.json uses the category "${ev.category}" (event ${i}) but it has no label here — add {"id": "${ev.category}", "label": {...}}`);
	});
	const kinds = new Set(data.story.kinds.map((k) => k.id));
	for (const s of data.troops.series)
		for (const pt of s.points)
			if (!kinds.has(pt.kind)) {
				report('story.json', ['kinds'], `troops.json uses the kind "${pt.kind}" but it has no legend label here — add it`);
				kinds.add(pt.kind);
			}
}

const FILE_VALUES = (data: Dataset): [DataFileName, unknown][] => [
	['story.json', data.story],
	['troops.json', data.troops],
	['events.json', data.events],
	['places.json', data.places],
	['sources.json', data.sources],
	['corrections.json', data.corrections]
];

/**
 * Texts of one translation, each with its place: those that are missing (an error: every
 * edition is built, and an edition needs every text), or, with `drafts`, those in files that
 * mark the language's translation as a draft.
 */
function translationProblems(files: Map<DataFileName, Parsed>, data: Dataset, lang: Lang, which: 'missing' | 'drafts'): Problem[] {
	const out: Problem[] = [];
	const { name: editionName } = editionOf(lang);
	for (const [name, value] of FILE_VALUES(data)) {
		const p = files.get(name)!;
		const draftFile = (value as { translations?: Record<string, string> }).translations?.[lang] === 'draft';
		if (which === 'drafts' && !draftFile) continue;
		eachLocalized(value, [], (t, path) => {
			const missing = !t[lang];
			if (which === 'missing' ? !missing : missing) return;
			const { line, column } = p.lines.at(offsetOf(p.tree, path));
			const message =
				which === 'missing'
					? `no ${lang} text — add "${lang}": "…" beside "${SOURCE_LANG}" (the ${editionName} edition needs every text)`
					: `draft ${lang} text, awaiting review — when it is checked, set "translations": {"${lang}": "reviewed"} at the top of data/${name}`;
			out.push({ file: `${DATA_DIR}/${name}`, line, column, pointer: toPointer(path), message, severity: which === 'missing' ? 'error' : 'warning', lang });
		});
	}
	return out;
}

/** The languages whose translation some data file still marks as a draft. */
export function draftLangs(data: Dataset): Lang[] {
	return TRANSLATED_LANGS.filter((lang) =>
		FILE_VALUES(data).some(([, v]) => (v as { translations?: Record<string, string> }).translations?.[lang] === 'draft')
	);
}

export interface ValidateOptions {
	/** Also list every draft text of this language (as warnings, one line each). */
	translations?: Lang;
	/** The map's country shapes: places are checked against their country's land. */
	countries?: FeatureCollection;
	/** The day to check dates against (ISO); today by default. */
	today?: string;
}

/** The editions written in Arabic script, whose letters a wrong encoding turns into "?". */
const ARABIC_SCRIPT = new Set(EDITIONS.filter((e) => e.dir === 'rtl').map((e) => e.code as string));

/**
 * Copy may use *emphasis* and [links](https://…) only. Anything that looks like other markup
 * would reach readers as literal characters, so it is named, with the column in the file.
 */
function markupProblems(p: Parsed, value: unknown, problems: Problem[]) {
	eachLocalized(value, [], (t, path) => {
		for (const [lang, text] of Object.entries(t)) {
			if (typeof text !== 'string') continue;
			const found = ARABIC_SCRIPT.has(lang) && lostToQuestionMarks(text)
				? { index: 0, message: `the ${lang} text is question marks where its letters should be: a tool saved the file in an encoding without Arabic letters — restore the text (git diff shows the original)` }
				: lintMarkup(text);
			if (!found) continue;
			const node = findNodeAtLocation(p.tree!, [...path, lang]);
			// The column of the problem inside the text, as the file writes it (escapes and all).
			const raw = node ? p.text.slice(node.offset, node.offset + node.length) : '';
			const inRaw = raw.indexOf(JSON.stringify(text.slice(found.index, found.index + 12)).slice(1, -1));
			const { line, column } = p.lines.at((node?.offset ?? 0) + Math.max(0, inRaw));
			problems.push({ file: `${DATA_DIR}/${p.name}`, line, column, pointer: toPointer([...path, lang]), message: found.message, severity: 'error' });
		}
	});
}

/**
 * Every problem in the data, with one verdict for every tool: check:data, the build, the dev
 * server's error page and the spreadsheet import all call this. A missing translation is an
 * error, because every edition is built from the same data.
 */
export function validateTexts(texts: Partial<Record<DataFileName, string | Uint8Array>>, options: ValidateOptions = {}): ValidationResult {
	const problems: Problem[] = [];
	const files = new Map<DataFileName, Parsed>();
	const values: Partial<Record<DataFileName, unknown>> = {};
	for (const name of FILE_NAMES) {
		const parsed = parseFile(name, texts[name], problems);
		if (!parsed) continue;
		files.set(name, parsed);
		const value = schemaProblems(parsed, problems);
		if (value !== undefined) values[name] = value;
	}
	if (FILE_NAMES.some((n) => values[n] === undefined)) return { problems };
	const data: Dataset = {
		story: values['story.json'] as Dataset['story'],
		troops: values['troops.json'] as Dataset['troops'],
		events: values['events.json'] as Dataset['events'],
		places: values['places.json'] as Dataset['places'],
		sources: values['sources.json'] as Dataset['sources'],
		corrections: values['corrections.json'] as Dataset['corrections']
	};
	crossChecks(files, data, problems, options);
	for (const [name, value] of FILE_VALUES(data)) markupProblems(files.get(name)!, value, problems);
	for (const lang of TRANSLATED_LANGS) problems.push(...translationProblems(files, data, lang, 'missing'));
	if (options.translations) problems.push(...translationProblems(files, data, options.translations, 'drafts'));
	const ok = !problems.some((p) => p.severity === 'error');
	return { data: ok ? data : undefined, problems };
}

export class DataError extends Error {
	constructor(public problems: Problem[]) {
		const errors = problems.filter((p) => p.severity === 'error');
		super(`${errors.length} problem${errors.length === 1 ? '' : 's'} in the data files:\n` + errors.map(formatProblem).join('\n'));
		this.name = 'DataError';
	}
}
