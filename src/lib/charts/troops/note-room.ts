/**
 * The chart's turning-point notes (data/troops.json "annotations") that find no room on the
 * whole-arc view in some edition and width, which the chart therefore leaves out. The placement
 * is the chart's own (model.ts, annotate.ts); `npm run check:data` reports each as a warning, so
 * an editor who adds or lengthens a note learns that it is not drawn, where, and what to try.
 */
import { parseTree } from 'jsonc-parser';
import type { Dataset } from '../../data/schema';
import type { Problem } from '../../data/validate';
import { LineIndex, offsetOf, toPointer } from '../../data/positions';
import { localizeDeep } from '../../data/localize';
import { EDITIONS, type Lang } from '../../editions/registry';
import { LAYOUTS, type ChartLayout } from './model';
import { editionChart } from './edition-chart';

export interface NoteWithoutRoom {
	/** The note's place in data/troops.json's "annotations". */
	index: number;
	lang: Lang;
	/** The widths it is left out at: "wide" (a tablet or larger) and "narrow" (a phone). */
	layouts: ChartLayout[];
}

export function notesWithoutRoom(data: Dataset): NoteWithoutRoom[] {
	const out: NoteWithoutRoom[] = [];
	for (const edition of EDITIONS) {
		const lang = edition.code as Lang;
		const { chart } = editionChart(data, edition, localizeDeep(data.story, lang).ui as Record<string, string>);
		data.troops.annotations.forEach((_, index) => {
			const layouts = LAYOUTS.filter((layout) => !chart.notes[layout].some((p) => p.id === `note-${index}`));
			if (layouts.length) out.push({ index, lang, layouts });
		});
	}
	return out;
}

const WHERE: Record<ChartLayout, string> = { narrow: 'on phones', wide: 'on wider screens' };

/** The same, as check:data's warnings, each at the note's text in data/troops.json (`text`: that file as read). */
export function noteRoomProblems(data: Dataset, text: string): Problem[] {
	const tree = parseTree(text);
	const lines = new LineIndex(text);
	return notesWithoutRoom(data).map(({ index, lang, layouts }) => {
		const path = ['annotations', index, 'text', lang];
		const { line, column } = lines.at(offsetOf(tree, path));
		return {
			file: 'data/troops.json',
			line,
			column,
			pointer: toPointer(path),
			message: `this note finds no room on the troop chart in the ${lang} edition ${layouts.map((l) => WHERE[l]).join(' and ')}, so the whole arc leaves it out (a step zoomed in on its date may still write it) — shorten it, or give the note a "nudge" toward free space (docs/EDITING.md)`,
			severity: 'warning',
			lang
		};
	});
}
