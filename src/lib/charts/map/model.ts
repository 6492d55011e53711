/**
 * Everything the map draws, computed once at build time: country, river and lake paths; each
 * place's position; and, for every story step, the zoom, where each marker and label stands,
 * and the scale bar. The browser only moves between these prepared states.
 */
import { geoDistance, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapStepT, PlaceT, Story } from '../../data/schema';
import { makeProjection } from '../../geo/projection';
import { placeLabels, type Box, type PlacedLabel, type LabelRequest } from '../../geo/labels';
import { formatNumber, localize, type Edition, type Lang } from '../../editions/registry';
import { MAP_TYPE, mapType, type LayoutName } from '../../design/tokens';
import type { MapView } from './views';

export type { LayoutName, MapView };

const MAX_ZOOM = 4.5;
const FOCUS_COUNTRIES = new Set(['368', '760']);

export interface MapPlace {
	id: string;
	name: string;
	kind: PlaceT['kind'];
	approximate: boolean;
	description: string;
	x: number;
	y: number;
}

export interface MapStepState {
	id: string;
	view: MapView;
	highlight: string[];
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
	/** The type and marker sizes the labels were placed for, by layout: the map's CSS and image use them. */
	type: ReturnType<typeof mapType>;
	overview: MapStepState;
	steps: MapStepState[];
}

const PRIORITY: Record<PlaceT['kind'], number> = { capital: 0, base: 1, city: 2, site: 3 };

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

export function buildMapModel(geo: FeatureCollection, places: PlaceT[], story: Story, edition: Edition): MapModel {
	const lang = edition.code as Lang;
	// Labels are placed at the sizes they are drawn at, which depend on the edition's typeface.
	const type = mapType(edition.font);
	const { projection, width, height } = makeProjection();
	const path = geoPath(projection).digits(1);
	const byKind = (k: string) => geo.features.filter((f) => f.properties?.kind === k);

	const countries = byKind('country')
		.map((f) => ({ id: String(f.id), d: path(f) ?? '', focus: FOCUS_COUNTRIES.has(String(f.id)) }))
		.filter((c) => c.d);
	const rivers = byKind('river').map((f) => path(f) ?? '').join('');
	const lakes = byKind('lake').map((f) => path(f) ?? '').join('');

	const mapPlaces: MapPlace[] = places.map((p) => {
		const [x, y] = projection([p.lon, p.lat])!;
		return {
			id: p.id,
			name: localize(p.name, lang),
			kind: p.kind,
			approximate: p.precision === 'approximate',
			description: localize(p.description, lang),
			x: round(x),
			y: round(y)
		};
	});
	const placeById = new Map(mapPlaces.map((p) => [p.id, p]));

	// Where each country label sits: the centroid of its visible part.
	const countryAnchors = story.countries
		.map((c) => {
			const f = geo.features.find((g) => String(g.id) === c.id) as Feature | undefined;
			if (!f) return undefined;
			const [x, y] = path.centroid(f);
			return Number.isFinite(x) ? { id: c.id, name: localize(c.name, lang), x, y } : undefined;
		})
		.filter((c): c is { id: string; name: string; x: number; y: number } => !!c);

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

	const state = (id: string, focus: string[], highlight: string[]): MapStepState => {
		const view = fitView(focus.map((f) => placeById.get(f)).filter((p) => !!p).map((p) => [p!.x, p!.y]), width, height);
		const at = (x: number, y: number) => ({ x: x * view.k + view.tx, y: y * view.k + view.ty });
		const labels = {} as Record<LayoutName, PlacedLabel[]>;
		const countryLabels = {} as Record<LayoutName, PlacedLabel[]>;
		for (const layout of Object.keys(MAP_TYPE) as LayoutName[]) {
			const { place: font, country: countryFont, marker: r } = type[layout];
			const requests: LabelRequest[] = highlight
				.map((h) => placeById.get(h))
				.filter((p): p is MapPlace => !!p)
				.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])
				.map((p) => ({ id: p.id, text: p.name, ...at(p.x, p.y), r }));
			// Markers of places that are shown but not labelled still block labels.
			const others: Box[] = mapPlaces
				.filter((p) => !highlight.includes(p.id))
				.map((p) => at(p.x, p.y))
				.map(({ x, y }) => ({ x0: x - r * 0.6, y0: y - r * 0.6, x1: x + r * 0.6, y1: y + r * 0.6 }));
			labels[layout] = placeLabels(requests, { width, height }, font, others);
			const placeBoxes = [...labels[layout].map((l) => l.box), ...requests.map((q) => ({ x0: q.x - r, y0: q.y - r, x1: q.x + r, y1: q.y + r })), ...others];
			const countryRequests = countryAnchors.map((c) => ({ id: c.id, text: c.name, ...at(c.x, c.y), r: 0, widthFactor: 0.78, centred: true }));
			countryLabels[layout] = placeLabels(countryRequests, { width, height }, countryFont, placeBoxes);
		}
		const round2 = (l: PlacedLabel) => ({ ...l, x: round(l.x), y: round(l.y) });
		for (const k of Object.keys(labels) as LayoutName[]) {
			labels[k] = labels[k].map(round2);
			countryLabels[k] = countryLabels[k].map(round2);
		}
		return { id, view, highlight, labels, countryLabels, scale: km(view) };
	};

	const overviewHighlight = mapPlaces.filter((p) => p.kind === 'capital' || p.kind === 'base').map((p) => p.id);
	return {
		width,
		height,
		type,
		countries,
		rivers,
		lakes,
		places: mapPlaces,
		overview: state('overview', [], overviewHighlight),
		steps: story.map.steps.map((s: MapStepT) => state(s.id, s.focus, s.highlight))
	};
}
