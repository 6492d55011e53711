/** The timeline: events in date order, each with its place on the time axis (as a share of it). */
import type { Events, TimelineEventT } from '../../data/schema';
import { dateToTime } from '../../data/dates';

export interface TimelineItem {
	event: TimelineEventT;
	/** Position on the time axis, 0 (first year) to 1 (the updated date). */
	at: number;
}

export interface TimelineModel {
	items: TimelineItem[];
	years: { year: number; at: number }[];
}

export function buildTimeline(events: Events, updated: string): TimelineModel {
	const sorted = [...events.events].sort((a, b) => dateToTime(a.date) - dateToTime(b.date));
	const first = new Date(dateToTime(sorted[0].date)).getUTCFullYear();
	const t0 = Date.UTC(first, 0, 1);
	const t1 = dateToTime(updated);
	const at = (t: number) => Math.round(((t - t0) / (t1 - t0)) * 10000) / 10000;
	const years: TimelineModel['years'] = [];
	const lastYear = new Date(t1).getUTCFullYear();
	const every = lastYear - first > 12 ? 4 : 1;
	for (let y = first; y <= lastYear; y += every) years.push({ year: y, at: at(Date.UTC(y, 0, 1)) });
	return { items: sorted.map((event) => ({ event, at: at(dateToTime(event.date)) })), years };
}
