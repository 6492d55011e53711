/**
 * Where readers get the data: under a graphic and in its embed, a line per sheet behind it (the
 * CSV with headings in the edition's language) and the JSON file it comes from, offered once, on
 * the first of its sheets; on the sources page, each JSON file with the sheets drawn from it.
 */
import { TABLES, type TableSpec } from '../data/tables';
import { editionFile, type Edition } from '../editions/registry';

export interface DataLink {
	/** The sheet's name, when a graphic offers more than one: "Places on the map", without the file name. */
	label?: string;
	csv: string;
	json?: string;
}

/** The interface string that names a data file or sheet in story.json's "ui": fileTroops, fileStatuses… */
export const fileLabelKey = (name: string) => `file${name[0].toUpperCase()}${name.slice(1)}`;

/** A sheet's name in an edition: "Places on the map", without the file name its label may end with. */
const sheetLabel = (ui: Record<string, string>, table: string) => (ui[fileLabelKey(table)] ?? table).replace(/\s*\([^)]*\)\s*$/, '');

/** The sheets (CSV) a data file offers: its own first, unnamed, then those drawn from inside it, named. */
export function sheetsOf(file: string, ui: Record<string, string>, edition: Edition): { label?: string; href: string }[] {
	return (Object.values(TABLES) as TableSpec[])
		.filter((t) => t.file === file)
		.sort((a, b) => Number(`${b.name}.json` === file) - Number(`${a.name}.json` === file))
		.map((t) => ({ label: `${t.name}.json` === file ? undefined : sheetLabel(ui, t.name), href: `/data/${editionFile(edition, `${t.name}.csv`)}` }));
}

export function dataLinks(ui: Record<string, string>, edition: Edition, tables: readonly TableSpec['name'][]): DataLink[] {
	const offered = new Set<string>();
	return tables.map((table) => {
		const file = TABLES[table].file;
		const json = offered.has(file) ? undefined : `/data/${file}`;
		offered.add(file);
		const label = tables.length > 1 ? sheetLabel(ui, table) : undefined;
		return { label, csv: `/data/${editionFile(edition, `${table}.csv`)}`, json };
	});
}
