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
import { dataEnd } from '../../data/updated';
import { localize, EDITIONS, type Lang } from '../../editions/registry';
import { chartType } from '../../design/tokens';
import { buildTroopChart, LAYOUTS, type ChartLayout } from './model';

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
		const notes = data.troops.annotations.map((n) => ({ date: n.date, series: n.series, text: localize(n.text, lang), nudge: n.nudge }));
		// The axis labels are obstacles too, written as the edition writes them.
		const yearLabel = (y: number) => new Intl.NumberFormat(edition.locale, { useGrouping: false }).format(y);
		const chart = buildTroopChart(data.troops, data.story.troops.steps, { start: data.story.meta.start, updated: dataEnd(data) }, yearLabel, edition.dir === 'rtl', {
			notes,
			figure: () => '',
			countChange: '',
			type: chartType(edition.font)
		});
		notes.forEach((_, index) => {
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
		const edition = EDITIONS.find((e) => e.code === lang)!;
		return {
			file: 'data/troops.json',
			line,
			column,
			pointer: toPointer(path),
			message: `this note finds no room on the troop chart in the ${edition.code} edition ${layouts.map((l) => WHERE[l]).join(' and ')}, so the chart leaves it out — shorten it, or give the note a "nudge" toward free space (docs/EDITING.md)`,
			severity: 'warning',
			lang
		};
	});
}
