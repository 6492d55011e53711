/** The chart of US troop levels in Iraq and Syria, moving with the story's chart steps. */
import { defineGraphic } from '../graphic';
import { editionChart } from './edition-chart';
import { chartSvg } from './image';
import { formatFigure } from './format';
import { formatDate } from '../../data/dates';
import { plainText } from '../../data/markup';
import { localize } from '../../editions/registry';
import type { GraphicContext } from '../../story/page-model';
import TroopsFigure from './TroopsFigure.svelte';
import TroopsSection from './TroopsSection.svelte';
import TroopsTable from './TroopsTable.svelte';

function model({ data, edition, lang, ui }: GraphicContext) {
	const locale = edition.locale;
	const { chart, type } = editionChart(data, edition, ui);
	const series = data.troops.series.map((s) => ({
		id: s.id,
		label: localize(s.label, lang),
		short: localize(s.short, lang),
		points: s.points.map((p, index) => ({
			index,
			date: p.date,
			dateLabel: formatDate(p.date, locale),
			figure: formatFigure(p, edition, ui),
			kind: p.kind,
			// A new count is said wherever the figure's note is (details, table).
			note: [p.note ? localize(p.note, lang) : '', p.countChange ? `${ui.countChange}: ${localize(p.countChange.note, lang)}` : ''].filter(Boolean).join(' '),
			sources: p.sources
		})),
		gaps: s.gaps.map((g) => ({ from: formatDate(g.from, locale), to: formatDate(g.to, locale), note: localize(g.note, lang) }))
	}));
	return { chart, series, type };
}
export type TroopsGraphicModel = ReturnType<typeof model>;

export const troopsGraphic = defineGraphic<TroopsGraphicModel>({
	name: 'troops',
	anchor: 'troops',
	dataFiles: ['troops'],
	text: ({ story }) => ({ title: story.troops.title, caption: story.troops.caption, source: story.troops.source }),
	model,
	Figure: TroopsFigure,
	Section: TroopsSection,
	Table: TroopsTable,
	image: (m, page) => {
		const n = new Intl.NumberFormat(page.locale);
		return chartSvg(m.chart, m.type.wide, plainText(page.story.troops.title), `${page.ui.sourceLine}: ${plainText(page.story.troops.source)}`, (v) => n.format(v), Object.fromEntries(m.series.map((x) => [x.id, x.label])));
	},
	steps: (m) => m.chart.steps.map((s) => s.id),
	height: 560
});
