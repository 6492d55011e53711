/**
 * Where each site stood on a given day, from its dated status history, and whether it was
 * attacked in a period. Pure: the map, its legend, the footprint panels and the image all ask
 * here, so that they draw the same thing.
 *
 * Dates known only to the month or year count from the end of that month or year: until then
 * the change cannot be said to have happened. A day with no known state draws nothing.
 */
import type { PlaceT, TimelineEventT } from './schema.ts';
import { dateEndTime, dateStartTime } from './dates.ts';

export type SiteStateName = NonNullable<PlaceT['status']>[number]['state'];
/** What the map draws for a site on a day: its state, or "unreported" past the last confirmation. */
export type DrawnState = SiteStateName | 'unreported';

export interface SiteStateAt {
	state: DrawnState;
	/** The change that set the state. */
	change: NonNullable<PlaceT['status']>[number];
}

type Site = Pick<PlaceT, 'id' | 'status' | 'attacks'>;

/** The state of a site on a day (YYYY-MM-DD), or null when nothing is known of it yet. */
export function siteStateAt(site: Site, day: string): SiteStateAt | null {
	const t = dateStartTime(day);
	let found: SiteStateAt | null = null;
	for (const change of site.status ?? []) {
		if (dateEndTime(change.from) > t) break;
		found = { state: change.state, change };
	}
	if (found?.change.until && dateEndTime(found.change.until) < t) return { ...found, state: 'unreported' };
	return found;
}

/**
 * What is known of attacks on the site within [since, day]: "attacked" when one is reported
 * (its own list, or an attack event naming it), "claimed" when the only ones are claimed by the
 * attackers alone (the map marks those apart, and says so), null when there were none.
 */
export type AttackMark = 'attacked' | 'claimed';
export function attackBetween(site: Site, events: Pick<TimelineEventT, 'date' | 'category' | 'places'>[], since: string | undefined, day: string): AttackMark | null {
	if (!since) return null;
	const from = dateStartTime(since);
	const to = dateStartTime(day);
	const within = (date: string) => dateStartTime(date) >= from && dateStartTime(date) <= to;
	const attacks = (site.attacks ?? []).filter((a) => within(a.date));
	if (attacks.some((a) => !a.claimed) || events.some((e) => e.category === 'attacks' && (e.places ?? []).includes(site.id) && within(e.date))) return 'attacked';
	return attacks.length ? 'claimed' : null;
}

/** True for a place that has a status history: a site where US or coalition forces were. */
export const isSite = (place: Pick<PlaceT, 'status'>) => (place.status?.length ?? 0) > 0;
