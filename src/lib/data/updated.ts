/**
 * The story's dates that nobody types: the end of its data (the newest dated entry: an
 * event, a troop figure, the end of a gap, a statement) and its "Updated" date (that, or the
 * newest correction if later). Pure.
 */
import type { Dataset } from './schema.ts';
import { dateEndTime } from './dates.ts';

const latest = (dates: string[]) => dates.reduce((a, b) => (dateEndTime(b) > dateEndTime(a) ? b : a));

/** The newest dated entry in the data: where the chart's and the timeline's time ends. */
export function dataEnd(data: Pick<Dataset, 'events' | 'troops' | 'story'>): string {
	return latest([
		...data.events.events.map((e) => e.date),
		...data.troops.series.flatMap((s) => [...s.points.map((p) => p.date), ...s.gaps.map((g) => g.to)]),
		...data.story.voices.parties.flatMap((p) => p.statements.map((st) => st.date))
	]);
}

/** The "Updated" date readers see: the newest dated entry or correction. */
export function updatedOn(data: Pick<Dataset, 'events' | 'troops' | 'story' | 'corrections'>): string {
	return latest([dataEnd(data), ...data.corrections.corrections.map((c) => c.date)]);
}
