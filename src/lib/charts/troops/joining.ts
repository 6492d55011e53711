/**
 * The chart's one rule for drawing a line between two figures. Written down in
 * docs/METHOD.md ("How we counted") and unit-tested:
 *
 * 1. Take a series' figures in date order, leaving out those that are never joined: disputed
 *    figures, bounds ("fewer than", "more than", and "up to" anywhere but a cap) and figures
 *    marked `"connect": false`. Each of those stands alone as a mark.
 * 2. Two neighbours in that list are joined only when both are of the same kind: official
 *    counts with official counts, approximate figures with approximate figures, caps with
 *    caps, unofficial reports with unofficial reports.
 * 3. Never across a period with no published figure (a gap), and never into a figure that
 *    starts a new count (`countChange`): there the line breaks and the chart says why.
 */
import type { TroopPointT } from '../../data/schema';
import { dateToTime } from '../../data/dates';

export type LineKind = 'official' | 'approximate' | 'authorised' | 'unofficial';

/** A figure the source gives as a limit rather than a value; drawn as a bound, never on a line. */
export const boundOf = (p: Pick<TroopPointT, 'qualifier' | 'kind'>): 'below' | 'above' | null =>
	p.qualifier === 'fewer-than' || (p.qualifier === 'up-to' && p.kind !== 'authorised') ? 'below' : p.qualifier === 'more-than' ? 'above' : null;

/** The kind of line a figure may be part of, or null for one that is never joined. */
export const lineKindOf = (p: TroopPointT): LineKind | null => (p.connect === false || p.kind === 'disputed' || boundOf(p) ? null : p.kind);

/** Whether a line may join two neighbouring figures of one series (rules 2 and 3). */
export function joins(a: TroopPointT, b: TroopPointT, gaps: { from: string; to: string }[]): boolean {
	const kind = lineKindOf(a);
	if (!kind || kind !== lineKindOf(b)) return false;
	if (b.countChange) return false;
	const [ta, tb] = [dateToTime(a.date), dateToTime(b.date)];
	return !gaps.some((g) => dateToTime(g.from) < tb && dateToTime(g.to) > ta);
}

/** The series' lines: runs of two or more figures, each neighbour joined to the next. */
export function lineRuns(points: TroopPointT[], gaps: { from: string; to: string }[]): { kind: LineKind; points: TroopPointT[] }[] {
	const joinable = [...points].filter((p) => lineKindOf(p)).sort((a, b) => dateToTime(a.date) - dateToTime(b.date));
	const runs: { kind: LineKind; points: TroopPointT[] }[] = [];
	let run: TroopPointT[] = [];
	const close = () => {
		if (run.length > 1) runs.push({ kind: lineKindOf(run[0])!, points: run });
	};
	joinable.forEach((p, i) => {
		if (i > 0 && !joins(joinable[i - 1], p, gaps)) {
			close();
			run = [];
		}
		run.push(p);
	});
	close();
	return runs;
}
