/**
 * The footprint at a few dates, side by side: the region small, every site in its state on
 * each date (the map's own rule and symbols), and the latest troop figure in Iraq and in Syria
 * on or before that date. Computed at build time; the page only draws it.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { geoPath } from 'd3-geo';
import type { PlaceT, Story, Troops } from '../../data/schema';
import { makeProjection } from '../../geo/projection';
import { coarsePath } from '../../geo/coarse-path';
import { siteStateAt, isSite } from '../../data/site-status';
import { dateStartTime, dateEndTime, formatDate } from '../../data/dates';
import { formatFigure } from '../troops/format';
import { localize, type Edition, type Lang } from '../../editions/registry';
import { SITE_GEOMETRY, SITE_SYMBOLS, type SiteSymbolName } from '../../design/tokens';

const SYMBOL: Record<string, SiteSymbolName> = { 'us-forces': 'present', 'drawing-down': 'leaving', 'handed-over': 'gone', left: 'gone', unreported: 'unreported' };
const ORDER: SiteSymbolName[] = ['present', 'leaving', 'gone', 'unreported'];
/** The countries the panels draw, and those they name. */
const FOCUS = ['368', '760', '400'];

export interface FootprintPanel {
	date: string;
	dateLabel: string;
	/** The date with the month abbreviated, for narrow panels. */
	shortDate: string;
	sites: { id: string; name: string; x: number; y: number; symbol: SiteSymbolName }[];
	/** The sites drawn: for each symbol, in drawing order, one path of all its squares (and of their filled halves). */
	marks: SymbolMarks[];
	/** How many sites show each symbol. */
	counts: Partial<Record<SiteSymbolName, number>>;
	figures: { series: string; label: string; figure: string; note: string }[];
	/** The panel in words, for screen readers and without the graphic. */
	description: string;
}

export interface SymbolMarks {
	symbol: SiteSymbolName;
	squares: string;
	halves: string | null;
}

/**
 * A panel's sites as one path per symbol, not an element per site: a panel never changes, and
 * the three panels are on the first screen, where every element is styled and laid out before the
 * page can be read (three groups of elements a site made half of that first layout). Symbols are
 * drawn in the order the sites come; a site's square is a side of 2 × half, centred on it.
 */
export function symbolMarks(sites: { x: number; y: number; symbol: SiteSymbolName }[], half: number, halfOf: (s: SiteSymbolName) => boolean): SymbolMarks[] {
	const bySymbol = new Map<SiteSymbolName, { x: number; y: number }[]>();
	for (const s of sites) bySymbol.set(s.symbol, [...(bySymbol.get(s.symbol) ?? []), s]);
	const r = (v: number) => Math.round(v * 10) / 10;
	return [...bySymbol].map(([symbol, at]) => ({
		symbol,
		squares: at.map((p) => `M${r(p.x - half)} ${r(p.y - half)}h${2 * half}v${2 * half}h${-2 * half}z`).join(''),
		halves: halfOf(symbol) ? at.map((p) => `M${r(p.x - half)} ${r(p.y - half)}h${half}v${2 * half}h${-half}z`).join('') : null
	}));
}

export interface FootprintModel {
	viewBox: [number, number, number, number];
	/** Iraq, Syria and Jordan: the panels draw no neighbours, which keeps them light. */
	land: { focus: string };
	countryLabels: { id: string; name: string; x: number; y: number }[];
	panels: FootprintPanel[];
	legend: { key: SiteSymbolName; label: string }[];
}

/** The width of the whole region in the panels' units: whole units are then finer than a pixel at the panels' size, which keeps their outlines short. */
const PANEL_MAP_WIDTH = 260;

export function buildFootprint(geo: FeatureCollection, places: PlaceT[], troops: Troops, story: Story, edition: Edition, ui: Record<string, string>): FootprintModel {
	const lang = edition.code as Lang;
	const { projection } = makeProjection(PANEL_MAP_WIDTH);
	const countries = geo.features.filter((f) => f.properties?.kind === 'country') as Feature[];
	const focus = countries.filter((f) => FOCUS.includes(String(f.id)));
	// The frame: Iraq and Syria, with a margin; Jordan's north shows below.
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'FeatureCollection', features: focus.filter((f) => String(f.id) !== '400') });
	const pad = 4;
	const viewBox: FootprintModel['viewBox'] = [Math.floor(x0 - pad), Math.floor(y0 - pad), Math.ceil(x1 - x0 + 2 * pad), Math.ceil(y1 - y0 + 2 * pad)];
	const land = { focus: coarsePath(projection, focus) };
	const countryLabels = story.countries
		.filter((c) => c.id === '368' || c.id === '760')
		.map((c) => {
			const f = focus.find((g) => String(g.id) === c.id)!;
			const [x, y] = geoPath(projection).centroid(f);
			return { id: c.id, name: localize(c.name, lang), x: Math.round(x), y: Math.round(y) };
		});
	const kindLabel = Object.fromEntries(story.kinds.map((k) => [k.id, localize(k.label, lang)]));
	const num = new Intl.NumberFormat(edition.locale);
	const legendText: Record<SiteSymbolName, string> = { present: ui.legendForces, leaving: ui.legendDrawdown, gone: ui.legendHandedOver, unreported: ui.legendUnreported };

	const panels = story.footprint.panels.map(({ date }) => {
		const sites = places
			.filter(isSite)
			.map((p) => {
				const st = siteStateAt(p, date);
				if (!st) return undefined;
				const [x, y] = projection([p.lon, p.lat])!;
				return { id: p.id, name: localize(p.name, lang), x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, symbol: SYMBOL[st.state] };
			})
			.filter((s): s is NonNullable<typeof s> => !!s)
			// Sites with forces are drawn last, on top.
			.sort((a, b) => ORDER.indexOf(b.symbol) - ORDER.indexOf(a.symbol));
		const counts: FootprintPanel['counts'] = {};
		for (const s of sites) counts[s.symbol] = (counts[s.symbol] ?? 0) + 1;
		const t = dateStartTime(date);
		const figures = troops.series
			.map((series) => {
				const p = [...series.points].reverse().find((q) => dateEndTime(q.date) <= t);
				if (!p) return undefined;
				return { series: series.id, label: localize(series.short, lang), figure: formatFigure(p, edition, ui), note: `${kindLabel[p.kind] ?? p.kind}${edition.comma}${formatDate(p.date, edition.locale, 'short')}` };
			})
			.filter((f): f is NonNullable<typeof f> => !!f);
		const dateLabel = formatDate(date, edition.locale);
		const shortDate = formatDate(date, edition.locale, 'short');
		// Arabic script separates list items with its own semicolon.
		const semi = edition.dir === 'rtl' ? '؛ ' : '; ';
		const description =
			`${dateLabel}: ` +
			ORDER.filter((k) => counts[k])
				.map((k) => `${legendText[k]} – ${num.format(counts[k]!)}`)
				.join(semi) +
			(figures.length ? `. ${figures.map((f) => `${f.label}: ${f.figure} (${f.note})`).join(semi)}.` : '.');
		const marks = symbolMarks(sites, SITE_GEOMETRY.half, (k) => SITE_SYMBOLS[k].half);
		return { date, dateLabel, shortDate, sites, marks, counts, figures, description };
	});
	const drawn = new Set(panels.flatMap((p) => p.sites.map((s) => s.symbol)));
	const legend = ORDER.filter((k) => drawn.has(k)).map((key) => ({ key, label: legendText[key] }));
	return { viewBox, land, countryLabels, panels, legend };
}
