/**
 * "Get the data" under a graphic and in its embed: a line per sheet behind it (the CSV with
 * headings in the edition's language) and the JSON file it comes from, offered once, on the
 * first of its sheets.
 */
import { TABLES, type TableSpec } from '../data/tables';
import { editionFile, type Edition } from '../editions/registry';

export interface DataLink {
	/** The sheet's name, when a graphic offers more than one: "Places on the map", without the file name. */
	label?: string;
	csv: string;
	json?: string;
}

export function dataLinks(ui: Record<string, string>, edition: Edition, tables: readonly TableSpec['name'][]): DataLink[] {
	const offered = new Set<string>();
	return tables.map((table) => {
		const file = TABLES[table].file;
		const json = offered.has(file) ? undefined : `/data/${file}`;
		offered.add(file);
		const label = tables.length > 1 ? (ui[`file${table[0].toUpperCase()}${table.slice(1)}`] ?? table).replace(/\s*\([^)]*\)\s*$/, '') : undefined;
		return { label, csv: `/data/${editionFile(edition, `${table}.csv`)}`, json };
	});
}
