/**
 * Turns the validated data into everything one edition's pages render: the localized story
 * and interface texts, the sources, the editions to switch to, and each registered graphic's
 * model. Runs at build time (prerendering); the pages only display the result.
 */
import { updatedOn } from '../data/updated';
import type { FeatureCollection } from 'geojson';
import type { Dataset, SourceT } from '../data/schema';
import { localizeDeep, type Localized } from '../data/localize';
import { draftLangs } from '../data/validate';
import { formatDate } from '../data/dates';
import { EDITIONS, editionPath, localize, type Edition, type Lang } from '../editions/registry';
import { GRAPHICS } from '../charts/registry';
import { fileLabelKey, sheetsOf } from './data-links';

export type SourceView = Localized<SourceT> & { dateLabel: string };

/** What every graphic's model is built from: the data, and the edition it is built for. */
export interface GraphicContext {
	data: Dataset;
	geo: FeatureCollection;
	edition: Edition;
	lang: Lang;
	story: Localized<Dataset['story']>;
	ui: Record<string, string>;
}

/**
 * `site` is where the pages are published; `published` says whether it was given (SITE_URL),
 * so that no embed code points at the builder's own computer.
 */
export function buildPageModel(data: Dataset, geo: FeatureCollection, edition: Edition, site: string, published = true) {
	const lang = edition.code as Lang;
	const story = localizeDeep(data.story, lang);
	const ui = story.ui as Record<string, string>;
	const sources: SourceView[] = data.sources.sources.map((s) => ({ ...localizeDeep(s, lang), dateLabel: s.date ? formatDate(s.date, edition.locale) : ui.noDate }));
	const ctx: GraphicContext = { data, geo, edition, lang, story, ui };
	return {
		edition,
		lang,
		locale: edition.locale,
		dir: edition.dir,
		root: editionPath(edition),
		site,
		published,
		story,
		ui,
		/** Computed from the newest dated entry or correction, never typed (data/updated.ts). */
		updated: updatedOn(data),
		updatedLabel: formatDate(updatedOn(data), edition.locale),
		/** Newest first, each with its date as readers read it and the data files it concerns. */
		corrections: [...data.corrections.corrections]
			.reverse()
			.map((c) => ({ date: c.date, dateLabel: formatDate(c.date, edition.locale), text: localize(c.text, lang), files: c.files as string[] })),
		/** Whether some texts of this edition are still a draft awaiting review. */
		draft: draftLangs(data).includes(lang),
		editions: EDITIONS.map((e) => ({ code: e.code, name: e.name, dir: e.dir, root: editionPath(e), current: e.code === edition.code })),
		sources,
		graphics: Object.fromEntries(GRAPHICS.map((g) => [g.name, g.model(ctx)])) as Record<string, unknown>,
		dataFiles: (['troops', 'events', 'places', 'sources', 'story'] as const).map((f) => ({
			href: `/data/${f}.json`,
			label: ui[fileLabelKey(f)],
			/** The sheets drawn from it, each as CSV with headings in this edition's language. */
			sheets: sheetsOf(`${f}.json`, ui, edition)
		}))
	};
}

export type PageModel = ReturnType<typeof buildPageModel>;
