/**
 * The troop chart as one edition draws it: its notes and figures in that edition's words and
 * digits, its type at that edition's size. The page's graphic (index.ts) and check:data's
 * warnings about notes left out (note-room.ts) both build it here, so they cannot disagree.
 */
import type { Dataset } from '../../data/schema';
import { dataEnd } from '../../data/updated';
import { localize, type Edition, type Lang } from '../../editions/registry';
import { chartType } from '../../design/tokens';
import { buildTroopChart } from './model';
import { formatFigure } from './format';

export function editionChart(data: Dataset, edition: Edition, ui: Record<string, string>) {
	const lang = edition.code as Lang;
	const yearLabel = (y: number) => new Intl.NumberFormat(edition.locale, { useGrouping: false }).format(y);
	const type = chartType(edition.font);
	const figureOf = (sid: string, i: number) => {
		const p = data.troops.series.find((s) => s.id === sid)?.points[i];
		return p ? formatFigure(p, edition, ui) : '';
	};
	const notes = data.troops.annotations.map((n) => ({ date: n.date, series: n.series, text: localize(n.text, lang), nudge: n.nudge }));
	const chart = buildTroopChart(data.troops, data.story.troops.steps, { start: data.story.meta.start, updated: dataEnd(data) }, yearLabel, edition.dir === 'rtl', { notes, figure: figureOf, countChange: ui.countChange, type });
	return { chart, type };
}
