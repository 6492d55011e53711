/** The footprint at a few dates: the story's opening graphic, small maps with troop figures. */
import { defineGraphic } from '../graphic';
import { buildFootprint } from './model';
import { footprintSvg } from './image';
import { plainText } from '../../data/markup';
import type { GraphicContext } from '../../story/page-model';
import FootprintFigure from './FootprintFigure.svelte';
import FootprintSection from './FootprintSection.svelte';

function model({ data, geo, edition, ui }: GraphicContext) {
	return { footprint: buildFootprint(geo, data.places.places, data.troops, data.story, edition, ui) };
}
export type FootprintGraphicModel = ReturnType<typeof model>;

export const footprintGraphic = defineGraphic<FootprintGraphicModel>({
	name: 'footprint',
	anchor: 'footprint',
	dataFiles: ['places', 'statuses', 'troops'],
	text: ({ story }) => ({ title: story.footprint.title, caption: story.footprint.caption, source: story.footprint.source }),
	model,
	Figure: FootprintFigure,
	Section: FootprintSection,
	image: (m, page) => footprintSvg(m.footprint, plainText(page.story.footprint.title), `${page.ui.sourceLine}: ${plainText(page.story.footprint.source)}`, page.dir === 'rtl'),
	steps: () => [],
	height: 420,
	lead: true
});
