/** The timeline of events, 2003 to the last update, filterable by category. */
import { dataEnd } from '../../data/updated';
import { defineGraphic } from '../graphic';
import { buildTimeline } from './model';
import { timelineSvg } from './image';
import { formatDateRange } from '../../data/dates';
import { localizeDeep } from '../../data/localize';
import { plainText } from '../../data/markup';
import { buildLocator } from '../../geo/locator';
import type { GraphicContext } from '../../story/page-model';
import TimelineEmbed from './TimelineEmbed.svelte';
import TimelineSection from './TimelineSection.svelte';

function model({ data, geo, edition, lang }: GraphicContext) {
	const locale = edition.locale;
	const yearLabel = (y: number) => new Intl.NumberFormat(locale, { useGrouping: false }).format(y);
	const timeline = buildTimeline(data.events, dataEnd(data));
	return {
		events: timeline.items.map(({ event, at }) => ({
			...localizeDeep(event, lang),
			at,
			dateLabel: formatDateRange(event.date, event.endDate, locale)
		})),
		years: timeline.years.map((y) => ({ ...y, label: yearLabel(y.year) })),
		locator: buildLocator(geo, data.places.places)
	};
}
export type TimelineGraphicModel = ReturnType<typeof model>;

export const timelineGraphic = defineGraphic<TimelineGraphicModel>({
	name: 'timeline',
	anchor: 'timeline',
	dataFiles: ['events'],
	text: ({ story }) => ({ title: story.timeline.title, caption: story.timeline.caption, source: story.timeline.source }),
	model,
	Figure: TimelineEmbed,
	Section: TimelineSection,
	image: (m, page) => timelineSvg(m.events, m.years, page.story.categories, plainText(page.story.timeline.title), `${page.ui.sourceLine}: ${plainText(page.story.timeline.source)}`, page.dir === 'rtl'),
	steps: () => [],
	height: 900,
	afterNext: true
});
