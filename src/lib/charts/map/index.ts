/** The map of Iraq, Syria and their neighbours, zooming with the story's map steps. */
import { defineGraphic } from '../graphic';
import { buildMapModel } from './model';
import { mapSvg } from './image';
import { formatNumber } from '../../editions/registry';
import { plainText } from '../../data/markup';
import { localizeDeep } from '../../data/localize';
import MapFigure from './MapFigure.svelte';
import MapSection from './MapSection.svelte';
import PlacesTable from './PlacesTable.svelte';
import type { GraphicContext } from '../../story/page-model';

function model({ data, geo, edition, lang }: GraphicContext) {
	const num = (v: number) => formatNumber(v, edition, { maximumFractionDigits: 3 });
	return {
		map: buildMapModel(geo, data.places.places, data.story, edition, data.events.events),
		/** The places as the data table lists them; a site's sources are its own and those of each dated state and attack. */
		table: localizeDeep(data.places.places, lang).map((p) => ({
			...p,
			coordinates: `${num(p.lat)}${edition.comma}${num(p.lon)}`,
			sources: [...new Set([...p.sources, ...(p.status ?? []).flatMap((s) => s.sources), ...(p.attacks ?? []).flatMap((a) => a.sources)])]
		}))
	};
}
export type MapGraphicModel = ReturnType<typeof model>;

export const mapGraphic = defineGraphic<MapGraphicModel>({
	name: 'map',
	anchor: 'map',
	dataFiles: ['places', 'statuses', 'attacks'],
	text: ({ story }) => ({ title: story.map.title, caption: story.map.caption, source: story.map.source }),
	model,
	Figure: MapFigure,
	Section: MapSection,
	Table: PlacesTable,
	tableTitle: (page) => page.ui.placesTable,
	image: (m, page) => mapSvg(m.map, plainText(page.story.map.title), `${page.ui.sourceLine}: ${plainText(page.story.map.source)}`, page.ui.scale, page.dir === 'rtl'),
	steps: (m) => m.map.steps.map((s) => s.id),
	height: 560
});
