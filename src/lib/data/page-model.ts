/**
 * Turns the validated data into everything the story page renders, in one language. Runs at
 * build time (prerendering); the page only displays the result.
 */
import type { FeatureCollection } from 'geojson';
import type { Dataset, LocalizedText, TroopPointT } from './schema';
import { buildMapModel } from '../geo/map-model';
import { LOCALES, formatNumber, isRtl, editionRoot, localize, type Lang } from './locale';
import { buildTroopChart } from '../charts/troops/model';
import { buildTimeline } from '../charts/timeline/model';
import { buildLocator } from '../geo/locator';
import { formatDate } from './dates';

export { LOCALES };

export { localize };

/** Every {en, ar} object in a value becomes a string in one language. */
export type Localized<T> = T extends LocalizedText
	? string
	: T extends (infer U)[]
		? Localized<U>[]
		: T extends object
			? { [K in keyof T]: Localized<T[K]> }
			: T;

export function localizeDeep<T>(value: T, lang: Lang): Localized<T> {
	if (Array.isArray(value)) return value.map((v) => localizeDeep(v, lang)) as Localized<T>;
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.en === 'string') return localize(o as unknown as LocalizedText, lang) as Localized<T>;
		return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, localizeDeep(v, lang)])) as Localized<T>;
	}
	return value as Localized<T>;
}

export function formatFigure(p: Pick<TroopPointT, 'value' | 'high' | 'qualifier'>, lang: Lang, ui: Record<string, string>): string {
	const n = new Intl.NumberFormat(LOCALES[lang]);
	const core = p.high !== undefined ? `${n.format(p.value)}–${n.format(p.high)}` : n.format(p.value);
	const q = p.qualifier
		? { about: ui.qualifierAbout, 'fewer-than': ui.qualifierFewerThan, 'more-than': ui.qualifierMoreThan, 'up-to': ui.qualifierUpTo }[p.qualifier]
		: '';
	return q ? `${q} ${core}` : core;
}

export function buildPageModel(data: Dataset, geo: FeatureCollection, lang: Lang) {
	const locale = LOCALES[lang];
	const story = localizeDeep(data.story, lang);
	const ui = story.ui as Record<string, string>;
	const sources = data.sources.sources.map((s) => ({ ...localizeDeep(s, lang), dateLabel: s.date ? formatDate(s.date, locale) : ui.noDate }));
	const places = localizeDeep(data.places.places, lang).map((p) => ({ ...p, coordinates: `${formatNumber(p.lat, lang, { maximumFractionDigits: 3 })}, ${formatNumber(p.lon, lang, { maximumFractionDigits: 3 })}` }));
	const yearLabel = (y: number) => new Intl.NumberFormat(locale, { useGrouping: false }).format(y);
	const chart = buildTroopChart(data.troops, data.story.troops.steps, data.story.meta.updated, yearLabel, isRtl(lang));
	const series = data.troops.series.map((s) => ({
		id: s.id,
		label: localize(s.label, lang),
		short: localize(s.short, lang),
		points: s.points.map((p, index) => ({
			index,
			date: p.date,
			dateLabel: formatDate(p.date, locale),
			figure: formatFigure(p, lang, ui),
			kind: p.kind,
			note: p.note ? localize(p.note, lang) : '',
			sources: p.sources
		})),
		gaps: s.gaps.map((g) => ({ from: formatDate(g.from, locale), to: formatDate(g.to, locale), note: localize(g.note, lang) }))
	}));
	const timeline = buildTimeline(data.events, data.story.meta.updated);
	const events = timeline.items.map(({ event, at }) => ({
		...localizeDeep(event, lang),
		at,
		dateLabel: event.endDate ? `${formatDate(event.date, locale)} – ${formatDate(event.endDate, locale)}` : formatDate(event.date, locale)
	}));
	const locator = buildLocator(geo, data.places.places);
	return {
		lang,
		locale,
		dir: isRtl(lang) ? 'rtl' : 'ltr',
		root: editionRoot(lang),
		other: { lang: (lang === 'en' ? 'ar' : 'en') as Lang, root: editionRoot(lang === 'en' ? 'ar' : 'en') },
		story,
		ui,
		updatedLabel: formatDate(data.story.meta.updated, locale),
		map: buildMapModel(geo, data.places.places, data.story, lang),
		places,
		chart,
		series,
		events,
		years: timeline.years.map((y) => ({ ...y, label: yearLabel(y.year) })),
		locator,
		sources,
		dataFiles: (['troops', 'events', 'places', 'sources', 'story'] as const).map((f) => ({
			href: `/data/${f}.json`,
			label: ui[`file${f[0].toUpperCase()}${f.slice(1)}`]
		}))
	};
}

export type PageModel = ReturnType<typeof buildPageModel>;
