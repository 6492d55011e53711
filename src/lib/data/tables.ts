/**
 * The spreadsheet view of the data: which columns each CSV has, and how rows map to and from
 * the JSON files. Fields a CSV does not carry (a column left out) keep their values from the
 * JSON file, matched by id (or, for troop figures, by series, date and kind).
 */
import type { DataFileName } from './schema.ts';
import { EDITIONS, LANGS } from '../editions/registry.ts';
import { parseNumber } from './numbers.ts';
import { lostToQuestionMarks, SAVE_AS_UTF8 } from './encoding.ts';
import { closest } from './suggest.ts';

/** The languages written in Arabic script, whose letters a wrong encoding turns into "?". */
const TRANSLATED_SCRIPT = new Set(EDITIONS.filter((e) => e.dir === 'rtl').map((e) => e.code as string));

export type CellKind = 'text' | 'int' | 'number' | 'bool' | 'list';
export interface Column {
	name: string;
	path: string[];
	kind: CellKind;
}
type Json = Record<string, unknown>;

export interface TableSpec {
	name: 'troops' | 'events' | 'places' | 'statuses' | 'attacks';
	file: DataFileName;
	columns: Column[];
	/** The columns a sheet must have. */
	required: string[];
	/** What one row stands for, and the column that names it, for the message about a repeated row. */
	record: { what: string; column: string };
	/** The items a row stands for, in file order; `group` is the troop series or the site's place id. */
	items(doc: Json): { group?: string; item: Json }[];
	/**
	 * A new document with these items in place of the old ones; `unplaced` lists the rows (by
	 * index) whose group the document cannot take, such as a site that is not in places.json.
	 */
	assemble(doc: Json, rows: { group?: string; item: Json }[]): { doc: Json; pointerOf: (row: number) => string; unplaced?: { index: number; message: string }[] };
	/** What identifies an item across the file and the sheet: its id (for troop figures, series, date and kind). */
	key(group: string | undefined, item: Json): string;
}

/** The columns the published CSV files add after the editors' ones: each source spelled out. */
export const SOURCE_COLUMNS = ['source_publishers', 'source_titles', 'source_urls'] as const;

/**
 * Every column's name without its language: the keys of the column labels in story.json, which
 * head the CSV downloads of each edition other than the source one.
 */
export const COLUMN_NAMES = [
	'series', 'date', 'value', 'high', 'qualifier', 'kind', 'connect', 'note', 'sources', 'id', 'endDate', 'dateNote', 'category',
	'title', 'summary', 'location', 'places', 'name', 'lat', 'lon', 'precision', 'precisionNote', 'description',
	'place', 'from', 'state', 'to', 'approximate', 'until', 'claimed', ...SOURCE_COLUMNS
] as const;

/** A reader-facing text is one column per edition: title_en, title_ar, title_ckb… */
const loc = (name: string, key = name): Column[] => LANGS.map((lang) => ({ name: `${name}_${lang}`, path: [key, lang], kind: 'text' }));

export const TABLES: Record<TableSpec['name'], TableSpec> = {
	troops: {
		name: 'troops',
		file: 'troops.json',
		columns: [
			{ name: 'series', path: [], kind: 'text' },
			{ name: 'date', path: ['date'], kind: 'text' },
			{ name: 'value', path: ['value'], kind: 'int' },
			{ name: 'high', path: ['high'], kind: 'int' },
			{ name: 'qualifier', path: ['qualifier'], kind: 'text' },
			{ name: 'kind', path: ['kind'], kind: 'text' },
			{ name: 'connect', path: ['connect'], kind: 'bool' },
			...loc('note'),
			{ name: 'sources', path: ['sources'], kind: 'list' }
		],
		required: ['series', 'date', 'value', 'kind', 'sources'],
		record: { what: 'figure (series, date and kind)', column: 'date' },
		items: (doc) => (doc.series as Json[]).flatMap((s) => (s.points as Json[]).map((item) => ({ group: s.id as string, item }))),
		assemble(doc, rows) {
			type Series = Json & { id: string; points: Json[] };
			const series: Series[] = (doc.series as Series[]).map((s) => ({ ...s, points: [] }));
			const pointers: string[] = [];
			for (const r of rows) {
				let s = series.find((x) => x.id === r.group);
				if (!s) {
					// A new series: the check that follows asks for its labels.
					s = { id: r.group ?? '', points: [] };
					series.push(s);
				}
				pointers.push(`/series/${series.indexOf(s)}/points/${s.points.length}`);
				s.points.push(r.item);
			}
			return { doc: { ...doc, series }, pointerOf: (i) => pointers[i] };
		},
		key: (group, item) => `${group ?? ''} ${item.date ?? ''} ${item.kind ?? ''}`
	},
	events: {
		name: 'events',
		file: 'events.json',
		columns: [
			{ name: 'id', path: ['id'], kind: 'text' },
			{ name: 'date', path: ['date'], kind: 'text' },
			{ name: 'endDate', path: ['endDate'], kind: 'text' },
			...loc('dateNote'),
			{ name: 'category', path: ['category'], kind: 'text' },
			...loc('title'),
			...loc('summary'),
			...loc('location'),
			{ name: 'places', path: ['places'], kind: 'list' },
			{ name: 'sources', path: ['sources'], kind: 'list' }
		],
		required: ['id', 'date', 'sources'],
		record: { what: 'id', column: 'id' },
		items: (doc) => (doc.events as Json[]).map((item) => ({ item })),
		assemble: (doc, rows) => ({ doc: { ...doc, events: rows.map((r) => r.item) }, pointerOf: (i) => `/events/${i}` }),
		key: (_g, item) => String(item.id ?? '')
	},
	places: {
		name: 'places',
		file: 'places.json',
		columns: [
			{ name: 'id', path: ['id'], kind: 'text' },
			...loc('name'),
			{ name: 'lat', path: ['lat'], kind: 'number' },
			{ name: 'lon', path: ['lon'], kind: 'number' },
			{ name: 'kind', path: ['kind'], kind: 'text' },
			{ name: 'precision', path: ['precision'], kind: 'text' },
			...loc('precisionNote'),
			...loc('description'),
			{ name: 'sources', path: ['sources'], kind: 'list' }
		],
		required: ['id', 'sources'],
		record: { what: 'id', column: 'id' },
		items: (doc) => (doc.places as Json[]).map((item) => ({ item })),
		assemble: (doc, rows) => ({ doc: { ...doc, places: rows.map((r) => r.item) }, pointerOf: (i) => `/places/${i}` }),
		key: (_g, item) => String(item.id ?? '')
	},
	// A site's dated states and its attacks live inside its place in places.json; as sheets they
	// are one row per state or attack, the place named by its id.
	statuses: {
		name: 'statuses',
		file: 'places.json',
		columns: [
			{ name: 'place', path: [], kind: 'text' },
			{ name: 'from', path: ['from'], kind: 'text' },
			{ name: 'state', path: ['state'], kind: 'text' },
			...loc('to'),
			{ name: 'approximate', path: ['approximate'], kind: 'bool' },
			{ name: 'until', path: ['until'], kind: 'text' },
			{ name: 'sources', path: ['sources'], kind: 'list' }
		],
		required: ['place', 'from', 'state', 'sources'],
		record: { what: 'state of a site (place and from)', column: 'from' },
		items: (doc) => sites(doc, 'status'),
		assemble: (doc, rows) => intoPlaces(doc, rows, 'status'),
		// A site is in one state from a given date: a changed state is the same record, changed.
		key: (group, item) => `${group ?? ''} ${item.from ?? ''}`
	},
	attacks: {
		name: 'attacks',
		file: 'places.json',
		columns: [
			{ name: 'place', path: [], kind: 'text' },
			{ name: 'date', path: ['date'], kind: 'text' },
			{ name: 'claimed', path: ['claimed'], kind: 'bool' },
			{ name: 'sources', path: ['sources'], kind: 'list' }
		],
		required: ['place', 'date', 'sources'],
		record: { what: 'attack (place and date)', column: 'date' },
		items: (doc) => sites(doc, 'attacks'),
		assemble: (doc, rows) => intoPlaces(doc, rows, 'attacks'),
		key: (group, item) => `${group ?? ''} ${item.date ?? ''}`
	}
};

/** Every place's states (or attacks), in file order, each with its place's id. */
function sites(doc: Json, field: 'status' | 'attacks') {
	return (doc.places as Json[]).flatMap((p) => ((p[field] as Json[] | undefined) ?? []).map((item) => ({ group: p.id as string, item })));
}

/**
 * Each place's states (or attacks) replaced by the rows that name it, in their order; a place no
 * row names is left without. A row naming no place in the file is refused, with the nearest id.
 */
function intoPlaces(doc: Json, rows: { group?: string; item: Json }[], field: 'status' | 'attacks') {
	const places = (doc.places as Json[]).map((p) => {
		const { [field]: _old, ...rest } = p;
		return rest as Json;
	});
	const ids = places.map((p) => p.id as string);
	const pointers: string[] = [];
	const unplaced: { index: number; message: string }[] = [];
	const lists = new Map<string, Json[]>();
	rows.forEach((r, index) => {
		const at = ids.indexOf(r.group ?? '');
		if (at < 0) {
			const guess = closest(r.group ?? '', ids);
			unplaced.push({ index, message: r.group ? `no place has the id "${r.group}" in places.json${guess ? ` — did you mean "${guess}"?` : ''}` : 'the place is empty — write the id of a place in places.json' });
			pointers.push('/--');
			return;
		}
		const list = lists.get(ids[at]) ?? [];
		lists.set(ids[at], list);
		pointers.push(`/places/${at}/${field}/${list.length}`);
		list.push(r.item);
	});
	// Key order does not matter here: the file is written in the schema's order (canonical.ts).
	const next = places.map((p) => {
		const list = lists.get(p.id as string);
		return list ? { ...p, [field]: list } : p;
	});
	return { doc: { ...doc, places: next }, pointerOf: (i: number) => pointers[i], unplaced };
}

const get = (o: Json, path: string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), o);

function set(o: Json, path: string[], value: unknown) {
	let cur = o;
	for (const k of path.slice(0, -1)) {
		if (!cur[k] || typeof cur[k] !== 'object') cur[k] = {};
		cur = cur[k] as Json;
	}
	if (value === undefined) {
		delete cur[path[path.length - 1]];
		// An emptied {en, ar} object goes too.
		if (path.length > 1 && Object.keys(cur).length === 0) delete o[path[0]];
	} else cur[path[path.length - 1]] = value;
}

/**
 * A header row in an edition's language: each column's label from story.json's "columns", with
 * the language of a text column named in its own language ("العنوان (English)").
 */
export function localizedHeader(header: string[], labels: Record<string, string>): string[] {
	return header.map((h) => {
		const m = /^(.*)_([a-z]{2,3})$/.exec(h);
		const lang = m && EDITIONS.find((e) => e.code === m[2]);
		if (m && lang && labels[m[1]]) return `${labels[m[1]]} (${lang.name})`;
		return labels[h] ?? h;
	});
}

/**
 * A table as the site publishes it (/data/places.csv, /data/ar/places.csv): the editors'
 * columns, then each row's sources spelled out (publishers, titles, addresses, in the order of
 * its ids). The source edition's header is the column names, which data:import reads (it skips
 * the spelled-out columns); the other editions' are headings in their language.
 */
export function publishedRows(
	spec: TableSpec,
	doc: Json,
	sources: ReadonlyMap<string, { publisher: string; title: string; url: string }>,
	headings?: Record<string, string>
): string[][] {
	const [header, ...rows] = toRows(spec, doc);
	const at = header.indexOf('sources');
	const spell = (ids: string, key: 'publisher' | 'title' | 'url') =>
		ids
			.split('; ')
			.map((id) => sources.get(id)?.[key] ?? '')
			.join(' | ');
	const full = [...header, ...SOURCE_COLUMNS];
	return [headings ? localizedHeader(full, headings) : full, ...rows.map((r) => [...r, spell(r[at], 'publisher'), spell(r[at], 'title'), spell(r[at], 'url')])];
}

/**
 * The column names behind a published table's headings in every edition ("التاريخ" → date,
 * "العنوان (English)" → title_en), so that a sheet downloaded from an Arabic or Kurdish edition
 * imports like the English one. `labels` is story.json's "columns", each in every language.
 */
export function columnsByHeading(spec: TableSpec, labels: Record<string, Partial<Record<string, string>>>): Map<string, string> {
	const names = [...spec.columns.map((c) => c.name), ...SOURCE_COLUMNS];
	const byHeading = new Map<string, string>();
	for (const lang of LANGS) {
		const inLang = Object.fromEntries(Object.entries(labels).flatMap(([k, t]) => (t[lang] ? [[k, t[lang]!]] : [])));
		localizedHeader(names, inLang).forEach((h, i) => {
			if (h !== names[i]) byHeading.set(h, names[i]);
		});
	}
	return byHeading;
}

export function toRows(spec: TableSpec, doc: Json): string[][] {
	const header = spec.columns.map((c) => c.name);
	const rows = spec.items(doc).map(({ group, item }) =>
		spec.columns.map((c) => {
			if (c.path.length === 0) return group ?? '';
			const v = get(item, c.path);
			if (v === undefined || v === null) return '';
			if (c.kind === 'list') return (v as string[]).join('; ');
			return String(v);
		})
	);
	return [header, ...rows];
}

export interface CellProblem {
	row: number;
	column: string;
	message: string;
}

/** A cell's text as its JSON value; numbers may carry thousands separators ("2,500"), never ambiguous ones. */
export function parseCell(kind: CellKind, text: string, language?: string): { value?: unknown; error?: string } {
	const t = text.trim();
	if (t === '') return { value: undefined };
	switch (kind) {
		case 'text':
			if (language && TRANSLATED_SCRIPT.has(language) && lostToQuestionMarks(t))
				return { error: `"${t.slice(0, 30)}" has question marks where the ${language} text should be: the file was saved in an encoding without ${language} letters — ${SAVE_AS_UTF8}` };
			return { value: t };
		case 'list':
			if (/,/.test(t) && !/;/.test(t)) return { error: `"${t}" separates its items with commas — a list is written with semicolons: "${t.split(',').map((x) => x.trim()).join('; ')}"` };
			return { value: t.split(';').map((x) => x.trim()).filter(Boolean) };
		case 'bool':
			if (/^(true|yes)$/i.test(t)) return { value: true };
			if (/^(false|no)$/i.test(t)) return { value: false };
			return { error: `"${t}" is not true or false` };
		case 'int':
		case 'number': {
			const n = parseNumber(t, kind);
			return 'error' in n ? { error: n.error } : { value: n.value };
		}
	}
}

/** What an import will do, by id: shown before anything is written. */
export interface ImportSummary {
	added: string[];
	changed: string[];
	unchanged: string[];
	/** In the file but not in the sheet: kept, or removed with --delete-missing. */
	missing: string[];
	deleteMissing: boolean;
	/** The published sheet's spelled-out source columns, which the import does not read. */
	passedOver: string[];
}

export interface ImportOptions {
	/** Remove the file's records that the sheet does not hold (off unless asked). */
	deleteMissing?: boolean;
	/** Column names behind the headings of the site's other editions (see columnsByHeading). */
	headings?: ReadonlyMap<string, string>;
}

export function fromRows(
	spec: TableSpec,
	doc: Json,
	table: string[][],
	options: ImportOptions = {}
): { doc?: Json; problems: CellProblem[]; pointerOf?: (row: number) => string; summary?: ImportSummary } {
	const problems: CellProblem[] = [];
	// Empty columns at the end of the header (a spreadsheet's stray cells) are not columns.
	const rawHeader = (table[0] ?? []).map((h) => options.headings?.get(h.trim()) ?? h);
	let width = rawHeader.length;
	while (width > 0 && rawHeader[width - 1].trim() === '') width--;
	const header = rawHeader.slice(0, width);
	const body = table.slice(1);
	if (!header.length) return { problems: [{ row: 1, column: '', message: 'the file is empty — it needs a header row' }] };
	const known = spec.columns.map((c) => c.name);
	// A sheet downloaded from the site has the sources spelled out after the editors' columns:
	// they are read from sources.json when the data is published, so the import passes over them.
	const spelledOut = header.map((h) => h.trim()).filter((h) => (SOURCE_COLUMNS as readonly string[]).includes(h));
	header.forEach((h, i) => {
		if (!h.trim()) problems.push({ row: 1, column: `column ${i + 1}`, message: 'this column has no name in the header row — name it, or delete the column' });
		else if (!known.includes(h.trim()) && !spelledOut.includes(h.trim())) {
			const guess = closest(h.trim(), known);
			problems.push({ row: 1, column: h, message: `unknown column "${h}" — ${guess ? `did you mean "${guess}"? ` : ''}expected one of: ${known.join(', ')}` });
		}
	});
	for (const r of spec.required) if (!header.map((h) => h.trim()).includes(r)) problems.push({ row: 1, column: r, message: `the column "${r}" is missing — add it to the header row` });
	if (problems.length) return { problems };

	const cols = header.map((h) => spec.columns.find((c) => c.name === h.trim()));
	const existing = spec.items(doc);
	const byKey = new Map(existing.map((e) => [spec.key(e.group, e.item), e.item]));
	const sheet: { group?: string; item: Json; key: string; row: number }[] = [];
	const seen = new Map<string, number>();
	body.forEach((cells, i) => {
		const rowNumber = i + 2;
		if (cells.every((c) => c.trim() === '')) return;
		if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim()))
			problems.push({ row: rowNumber, column: `column ${header.length + 1}`, message: 'this row has more cells than the header has columns — check for a stray comma' });
		let group: string | undefined;
		const fresh: Json = {};
		cols.forEach((col, j) => {
			if (!col) return;
			const language = col.path.length === 2 && (LANGS as string[]).includes(col.path[1]) ? col.path[1] : undefined;
			const { value, error } = parseCell(col.kind, cells[j] ?? '', language);
			if (error) problems.push({ row: rowNumber, column: col.name, message: error });
			else if (col.path.length === 0) group = value as string | undefined;
			else if (value !== undefined) set(fresh, col.path, value);
		});
		const key = spec.key(group, fresh);
		if (seen.has(key)) problems.push({ row: rowNumber, column: spec.record.column, message: `the same record as row ${seen.get(key)} — each row must stand for a different ${spec.record.what}` });
		seen.set(key, rowNumber);
		// Start from the existing item, so fields the CSV does not carry are kept.
		const before = byKey.get(key);
		const item: Json = before ? structuredClone(before) : {};
		for (const col of cols) if (col?.path.length) set(item, col.path, get(fresh, col.path));
		sheet.push({ group, item, key, row: rowNumber });
	});
	if (problems.length) return { problems };

	// The file's own order is kept whatever the sheet's order: records stay where they are, new
	// ones go in date order within their group (or at its end).
	const fromSheet = new Map(sheet.map((r) => [r.key, r]));
	const summary: ImportSummary = { added: [], changed: [], unchanged: [], missing: [], deleteMissing: !!options.deleteMissing, passedOver: spelledOut };
	const merged: { group?: string; item: Json; row?: number }[] = [];
	for (const e of existing) {
		const key = spec.key(e.group, e.item);
		const r = fromSheet.get(key);
		if (r) {
			(JSON.stringify(r.item) === JSON.stringify(e.item) ? summary.unchanged : summary.changed).push(key.trim());
			merged.push({ group: e.group, item: r.item, row: r.row });
		} else {
			summary.missing.push(key.trim());
			if (!options.deleteMissing) merged.push(e);
		}
	}
	for (const r of sheet) {
		if (byKey.has(r.key)) continue;
		summary.added.push(r.key.trim());
		const dated = r.item.date ?? r.item.from;
		const date = typeof dated === 'string' ? dated : undefined;
		let at = merged.length;
		const inGroup = merged.map((m, i) => ({ m, i })).filter(({ m }) => m.group === r.group);
		if (inGroup.length) {
			const later = date ? inGroup.find(({ m }) => String(m.item.date ?? m.item.from ?? '') > date) : undefined;
			at = later ? later.i : inGroup[inGroup.length - 1].i + 1;
		}
		merged.splice(at, 0, { group: r.group, item: r.item, row: r.row });
	}
	const { doc: next, pointerOf: pointerAt, unplaced } = spec.assemble(doc, merged);
	const groupColumn = spec.columns.find((c) => c.path.length === 0)?.name ?? '';
	for (const u of unplaced ?? []) {
		const row = merged[u.index].row;
		if (row !== undefined) problems.push({ row, column: groupColumn, message: u.message });
	}
	if (problems.length) return { problems };
	const rowIndex = new Map(merged.map((m, i) => [m.row, i]));
	// Row numbers of the sheet, from 2, to pointers into the new file.
	const pointerOf = (i: number) => {
		const at = rowIndex.get(i + 2);
		return at === undefined ? '/--' : pointerAt(at);
	};
	return { doc: next, problems, pointerOf, summary };
}

/** Which row and column of a CSV a JSON pointer into the assembled file stands for. */
export function cellOf(spec: TableSpec, pointerOf: (row: number) => string, rowCount: number, pointer: string): { row: number; column: string } | undefined {
	for (let i = 0; i < rowCount; i++) {
		const base = pointerOf(i);
		if (pointer !== base && !pointer.startsWith(base + '/')) continue;
		const rest = pointer.slice(base.length + 1).split('/').filter(Boolean);
		const col = spec.columns.find((c) => c.path.length && c.path.every((k, j) => rest[j] === k)) ?? spec.columns.find((c) => c.path[0] === rest[0]);
		return { row: i + 2, column: col?.name ?? rest[0] ?? '' };
	}
	return undefined;
}
