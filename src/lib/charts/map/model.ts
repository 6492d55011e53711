/**
 * Everything the map draws, computed once at build time: country, river and lake paths; each
 * place's position; and, for every story step, the zoom, where each marker and label stands,
 * and the scale bar. The browser only moves between these prepared states.
 */
import { geoDistance, geoPath } from 'd3-geo';
import { compactPath } from '../../geo/compact-path';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapStepT, PlaceT, Story, TimelineEventT } from '../../data/schema';
import { makeProjection } from '../../geo/projection';
import { placeLabels, type Box, type PlacedLabel, type LabelRequest } from '../../geo/labels';
import { buildFrameLocator, frameLocatorOutline, type FrameLocator } from '../../geo/frame-locator';
import { formatNumber, localize, type Edition, type Lang } from '../../editions/registry';
import { MAP_TYPE, mapType, type LayoutName, type SiteSymbolName } from '../../design/tokens';
import { attackBetween, isSite, siteStateAt, type DrawnState } from '../../data/site-status';
import { formatDate } from '../../data/dates';
import { fill } from '../../data/fill';
import type { MapView } from './views';

export type { LayoutName, MapView };

/** Which symbol a site's state is drawn with: handed over and left share one (the details say which). */
const SYMBOL_OF: Record<DrawnState, SiteSymbolName> = { 'us-forces': 'present', 'drawing-down': 'leaving', 'handed-over': 'gone', left: 'gone', unreported: 'unreported' };

/** A legend entry: one per symbol drawn at a state, in this order. */
export type LegendKey = SiteSymbolName | 'attacked' | 'claimed' | 'rivers';
const LEGEND_ORDER: LegendKey[] = ['present', 'leaving', 'gone', 'unreported', 'attacked', 'claimed', 'rivers'];

const MAX_ZOOM = 4.5;
const FOCUS_COUNTRIES = new Set(['368', '760']);

export interface MapPlace {
	id: string;
	name: string;
	kind: PlaceT['kind'];
	/** A site where US or coalition forces were (it has a status history). */
	site: boolean;
	approximate: boolean;
	description: string;
	/** The site's dated states in the edition's words, for its details. */
	history: string;
	x: number;
	y: number;
}

export interface MapStepState {
	id: string;
	view: MapView;
	highlight: string[];
	/** The day the state shows, and as readers read it. */
	asOf: string;
	asOfLabel: string;
	/** What each drawn place shows: a site's symbol, "city" for a labelled place; places not listed are not drawn. */
	drawn: Record<string, SiteSymbolName | 'city'>;
	/** Sites attacked in the state's period (a reported attack). */
	attacked: string[];
	/** Sites whose only attacks in the period are claimed by the attackers alone: ringed apart. */
	claimed: string[];
	/** The legend: exactly the symbols drawn, with their texts. */
	legend: { key: LegendKey; label: string }[];
	/** The small map of the whole region with this view's frame, at zoomed states. */
	locator: FrameLocator | null;
	labels: Record<LayoutName, PlacedLabel[]>;
	countryLabels: Record<LayoutName, PlacedLabel[]>;
	scale: { km: number; length: number; label: string };
}

export interface MapModel {
	width: number;
	height: number;
	countries: { id: string; d: string; focus: boolean }[];
	rivers: string;
	lakes: string;
	places: MapPlace[];
	/** The zoomed states' inset: the region's outline at the inset's size, drawn once. */
	locatorOutline: ReturnType<typeof frameLocatorOutline>;
	/** The type and marker sizes the labels were placed for, by layout: the map's CSS and image use them. */
	type: ReturnType<typeof mapType>;
	overview: MapStepState;
	steps: MapStepState[];
}

const PRIORITY: Record<PlaceT['kind'], number> = { capital: 0, base: 1, city: 2, site: 3 };

interface StateSpec {
	id: string;
	focus: string[];
	highlight: string[];
	asOf: string;
	attacksSince?: string;
}

export function fitView(points: [number, number][], width: number, height: number): MapView {
	if (points.length === 0) return { k: 1, tx: 0, ty: 0 };
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	// Leave room around the points for labels: a third of the frame, at least.
	const bw = Math.max(x1 - x0, width / MAX_ZOOM) * 1.6;
	const bh = Math.max(y1 - y0, height / MAX_ZOOM) * 1.6;
	const k = Math.max(1, Math.min(MAX_ZOOM, width / bw, height / bh));
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	// Keep the frame inside the map: never show past its edges.
	const tx = Math.min(0, Math.max(width - width * k, width / 2 - cx * k));
	const ty = Math.min(0, Math.max(height - height * k, height / 2 - cy * k));
	return { k: round(k, 4), tx: round(tx), ty: round(ty) };
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

export function buildMapModel(geo: FeatureCollection, places: PlaceT[], story: Story, edition: Edition, events: TimelineEventT[] = []): MapModel {
	const lang = edition.code as Lang;
	const ui = (key: keyof Story['ui']) => localize(story.ui[key], lang);
	const date = (d: string) => formatDate(d, edition.locale);
	// Labels are placed at the sizes they are drawn at, which depend on the edition's typeface.
	const type = mapType(edition.font);
	const { projection, width, height } = makeProjection();
	const path = geoPath(projection).digits(1);
	const byKind = (k: string) => geo.features.filter((f) => f.properties?.kind === k);

	const countries = byKind('country')
		.map((f) => ({ id: String(f.id), d: compactPath(path(f) ?? ''), focus: FOCUS_COUNTRIES.has(String(f.id)) }))
		.filter((c) => c.d);
	const rivers = compactPath(byKind('river').map((f) => path(f) ?? '').join(''));
	const lakes = compactPath(byKind('lake').map((f) => path(f) ?? '').join(''));

	// A site's states as its details list them: "Handed over to the Iraqi army: 17 January 2026".
	const STATE_TEXT = { 'us-forces': ui('stateForces'), 'drawing-down': ui('stateDrawdown'), 'handed-over': ui('stateHandedOver'), left: ui('stateLeft') };
	// Its attacks follow, those only the attackers claim marked as such.
	const list = (dates: string[]) => dates.map(date).join(edition.comma);
	const history = (p: PlaceT) => {
		const states = (p.status ?? []).map((st) => {
			const when = date(st.from) + (st.approximate ? ` (${ui('approximateDate')})` : '');
			const line = fill(STATE_TEXT[st.state], { date: when, to: st.to ? localize(st.to, lang) : '' });
			return st.until ? `${line}; ${fill(ui('lastReported'), { date: date(st.until) })}` : line;
		});
		const attacks = p.attacks ?? [];
		const confirmed = attacks.filter((a) => !a.claimed).map((a) => a.date);
		const claimed = attacks.filter((a) => a.claimed).map((a) => a.date);
		if (confirmed.length) states.push(fill(ui('attacksOn'), { dates: list(confirmed) }));
		if (claimed.length) states.push(fill(ui('attacksClaimed'), { dates: list(claimed) }));
		return states.join('. ');
	};

	const mapPlaces: MapPlace[] = places.map((p) => {
		const [x, y] = projection([p.lon, p.lat])!;
		return {
			id: p.id,
			name: localize(p.name, lang),
			kind: p.kind,
			site: isSite(p),
			approximate: p.precision === 'approximate',
			description: localize(p.description, lang),
			history: history(p),
			x: round(x),
			y: round(y)
		};
	});
	const rawById = new Map(places.map((p) => [p.id, p]));
	const placeById = new Map(mapPlaces.map((p) => [p.id, p]));

	// Where each country label sits: the centroid of the part of it inside the view, so that a
	// zoomed view still names the countries it shows.
	const countryFeatures = story.countries
		.map((c) => ({ id: c.id, name: localize(c.name, lang), f: geo.features.find((g) => String(g.id) === c.id) as Feature | undefined }))
		.filter((c): c is { id: string; name: string; f: Feature } => !!c.f);
	const countryAnchors = (view: MapView) => {
		const inset = 12 / view.k;
		const x0 = -view.tx / view.k + inset;
		const y0 = -view.ty / view.k + inset;
		const x1 = (width - view.tx) / view.k - inset;
		const y1 = (height - view.ty) / view.k - inset;
		const clipped = geoPath(makeProjection().projection.clipExtent([[x0, y0], [x1, y1]]));
		return countryFeatures
			.map((c) => {
				const [x, y] = clipped.centroid(c.f);
				// A sliver at the frame's edge is too small to carry a name.
				return Number.isFinite(x) && clipped.area(c.f) > 900 / (view.k * view.k) ? { id: c.id, name: c.name, x, y } : undefined;
			})
			.filter((c): c is { id: string; name: string; x: number; y: number } => !!c);
	};

	const km = (view: MapView) => {
		// Kilometres per viewBox unit at the centre of the current view.
		const cx = (width / 2 - view.tx) / view.k;
		const cy = (height / 2 - view.ty) / view.k;
		const a = projection.invert!([cx, cy])!;
		const b = projection.invert!([cx + 50 / view.k, cy])!;
		const perUnit = (geoDistance(a, b) * 6371) / 50;
		const target = 90 * perUnit;
		const nice = [10, 20, 25, 50, 100, 150, 200, 250, 300, 500].reduce((best, n) => (Math.abs(n - target) < Math.abs(best - target) ? n : best));
		return { km: nice, length: round(nice / perUnit), label: formatNumber(nice, edition) };
	};

	const state = ({ id, focus, highlight, asOf, attacksSince }: StateSpec): MapStepState => {
		const view = fitView(focus.map((f) => placeById.get(f)).filter((p) => !!p).map((p) => [p!.x, p!.y]), width, height);
		const at = (x: number, y: number) => ({ x: x * view.k + view.tx, y: y * view.k + view.ty });
		const inFrame = (p: MapPlace) => {
			const q = at(p.x, p.y);
			return q.x >= 0 && q.x <= width && q.y >= 0 && q.y <= height;
		};

		// What is drawn: every site known at the date, in its state; other places only where labelled.
		const drawn: MapStepState['drawn'] = {};
		for (const p of mapPlaces) {
			const raw = rawById.get(p.id)!;
			if (p.site) {
				const st = siteStateAt(raw, asOf);
				if (st) drawn[p.id] = SYMBOL_OF[st.state];
			} else if (highlight.includes(p.id)) drawn[p.id] = 'city';
		}
		const attackOf = (p: MapPlace) => (drawn[p.id] && p.site ? attackBetween(rawById.get(p.id)!, events, attacksSince, asOf) : null);
		const attacked = mapPlaces.filter((p) => attackOf(p) === 'attacked').map((p) => p.id);
		const claimed = mapPlaces.filter((p) => attackOf(p) === 'claimed').map((p) => p.id);
		const ringed = new Set([...attacked, ...claimed]);

		const locator = view.k > 1.05 ? buildFrameLocator(view, width, height, mapPlaces.filter((p) => drawn[p.id]).map((p) => at(p.x, p.y))) : null;
		const locatorBox: Box[] = locator ? [{ x0: locator.x - 4, y0: locator.y - 4, x1: locator.x + locator.width + 4, y1: locator.y + locator.height + 4 }] : [];

		const labels = {} as Record<LayoutName, PlacedLabel[]>;
		const countryLabels = {} as Record<LayoutName, PlacedLabel[]>;
		const anchors = countryAnchors(view);
		for (const layout of Object.keys(MAP_TYPE) as LayoutName[]) {
			const { place: font, country: countryFont, marker: r } = type[layout];
			// Places that are drawn only to be named come first: a city without its name is not drawn.
			const requests: LabelRequest[] = highlight
				.map((h) => placeById.get(h))
				.filter((p): p is MapPlace => !!p && !!drawn[p.id] && inFrame(p))
				.sort((a, b) => Number(a.site) - Number(b.site) || PRIORITY[a.kind] - PRIORITY[b.kind])
				.map((p) => ({ id: p.id, text: p.name, ...at(p.x, p.y), r: ringed.has(p.id) ? r * 1.9 : r }));
			// Sites that are drawn but not named still block labels.
			const others: Box[] = mapPlaces
				.filter((p) => drawn[p.id] && !highlight.includes(p.id))
				.map((p) => ({ ...at(p.x, p.y), rr: ringed.has(p.id) ? r * 1.9 : r }))
				.map(({ x, y, rr }) => ({ x0: x - rr, y0: y - rr, x1: x + rr, y1: y + rr }));
			labels[layout] = placeLabels(requests, { width, height }, font, [...others, ...locatorBox]);
			const placeBoxes = [...labels[layout].map((l) => l.box), ...requests.map((q) => ({ x0: q.x - q.r, y0: q.y - q.r, x1: q.x + q.r, y1: q.y + q.r })), ...others, ...locatorBox];
			const countryRequests = anchors.map((c) => ({ id: c.id, text: c.name, ...at(c.x, c.y), r: 0, widthFactor: 0.78, centred: true }));
			countryLabels[layout] = placeLabels(countryRequests, { width, height }, countryFont, placeBoxes);
		}
		// A place drawn only for its name is left out where its name found no room (in either layout).
		for (const p of mapPlaces)
			if (drawn[p.id] === 'city' && !(labels.wide.some((l) => l.id === p.id) && labels.narrow.some((l) => l.id === p.id))) delete drawn[p.id];
		const round2 = (l: PlacedLabel) => ({ ...l, x: round(l.x), y: round(l.y) });
		for (const k of Object.keys(labels) as LayoutName[]) {
			labels[k] = labels[k].filter((l) => drawn[l.id]).map(round2);
			countryLabels[k] = countryLabels[k].map(round2);
		}

		// The legend lists what this state draws inside the frame, and nothing else.
		const visible = mapPlaces.filter((p) => drawn[p.id] && inFrame(p));
		const shown = new Set<LegendKey>(['rivers']);
		for (const p of visible) if (drawn[p.id] !== 'city') shown.add(drawn[p.id] as SiteSymbolName);
		if (attacked.some((id) => visible.some((p) => p.id === id))) shown.add('attacked');
		if (claimed.some((id) => visible.some((p) => p.id === id))) shown.add('claimed');
		const LEGEND_TEXT: Record<LegendKey, string> = {
			present: ui('legendForces'),
			leaving: ui('legendDrawdown'),
			gone: ui('legendHandedOver'),
			unreported: ui('legendUnreported'),
			attacked: attacksSince ? fill(ui('legendAttacked'), { from: date(attacksSince), to: date(asOf) }) : '',
			claimed: attacksSince ? fill(ui('legendClaimed'), { from: date(attacksSince), to: date(asOf) }) : '',
			rivers: ui('legendRivers')
		};
		const legend = LEGEND_ORDER.filter((k) => shown.has(k)).map((key) => ({ key, label: LEGEND_TEXT[key] }));

		return { id, view, highlight, asOf, asOfLabel: fill(ui('asOf'), { date: date(asOf) }), drawn, attacked, claimed, legend, locator, labels, countryLabels, scale: km(view) };
	};

	// Before the first step: the whole region as the first step dates it, its capitals named.
	const first = story.map.steps[0];
	const overviewHighlight = mapPlaces.filter((p) => p.kind === 'capital').map((p) => p.id);
	return {
		width,
		height,
		type,
		countries,
		rivers,
		lakes,
		places: mapPlaces,
		locatorOutline: frameLocatorOutline(geo, width),
		overview: state({ id: 'overview', focus: [], highlight: overviewHighlight, asOf: first.asOf }),
		steps: story.map.steps.map((s: MapStepT) => state(s))
	};
}
