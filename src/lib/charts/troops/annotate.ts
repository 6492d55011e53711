/**
 * Where the chart's written notes go, decided at build time: the turning points on the whole
 * arc and the figures a step names. Each note tries spots near its point, then further up or
 * down with a leader line, and takes the first that stays inside the plot and clear of the
 * notes already placed, the data lines, the marks and the axis labels. Pure: the same input
 * always gives the same layout, so the server render and the tests agree.
 */
import { overlap, type Box } from '../../geo/labels';
import { estimateWidth, wrapText } from '../text-wrap.ts';

export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface NoteRequest {
	id: string;
	text: string;
	/** The point the note is about, in chart units. */
	x: number;
	y: number;
	/** Where to try first, relative to the point (an editor's nudge). */
	prefer?: { dx: number; dy: number };
	/** Set in bold, which runs wider. */
	bold?: boolean;
}

export interface PlacedNote {
	id: string;
	lines: string[];
	/** The text's anchor: x, and the first line's baseline. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
	/** From the point to the note, when the note sits away from it. */
	leader?: Segment;
}

export interface NoteLayout {
	fontSize: number;
	/** Radius of a mark at this layout, in chart units. */
	markRadius: number;
	/** The area notes must stay inside. */
	frame: Box;
	boxes: Box[];
	segments: Segment[];
	/** Widest line of a note before it wraps, in chart units. */
	maxWidth: number;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = s.x2 - s.x1;
	const dy = s.y2 - s.y1;
	const edges: [number, number][] = [
		[-dx, s.x1 - b.x0],
		[dx, b.x1 - s.x1],
		[-dy, s.y1 - b.y0],
		[dy, b.y1 - s.y1]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const r = q / p;
		if (p < 0) {
			if (r > t1) return false;
			if (r > t0) t0 = r;
		} else {
			if (r < t0) return false;
			if (r < t1) t1 = r;
		}
	}
	return true;
}

const inside = (b: Box, f: Box) => b.x0 >= f.x0 && b.x1 <= f.x1 && b.y0 >= f.y0 && b.y1 <= f.y1;
const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });
const segmentBox = (s: Segment, pad: number): Box => ({
	x0: Math.min(s.x1, s.x2) - pad,
	y0: Math.min(s.y1, s.y2) - pad,
	x1: Math.max(s.x1, s.x2) + pad,
	y1: Math.max(s.y1, s.y2) + pad
});
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Places every note it can. Greedy placement depends on order, so a few orders are tried (as
 * given, reversed, by position; then with the notes that found no room first); the one that
 * places the most notes wins. Between two that place as many, the one that keeps the later
 * requests wins (a note later in troops.json outranks every earlier one: the story runs up to
 * now, so its latest turning point is the last to give way), then the one with the shortest leaders.
 */
export function placeNotes(requests: NoteRequest[], layout: NoteLayout): PlacedNote[] {
	const length = (notes: PlacedNote[]) => notes.reduce((n, p) => n + (p.leader ? Math.hypot(p.leader.x2 - p.leader.x1, p.leader.y2 - p.leader.y1) : 0), 0);
	const rankOf = new Map(requests.map((r, i) => [r.id, i]));
	// A sum of powers of two: keeping one later note outweighs keeping all the earlier ones.
	const weight = (notes: PlacedNote[]) => notes.reduce((n, p) => n + 2 ** rankOf.get(p.id)!, 0);
	const better = (a: PlacedNote[], b: PlacedNote[]) => a.length > b.length || (a.length === b.length && (weight(a) > weight(b) || (weight(a) === weight(b) && length(a) < length(b) - 1)));
	const byX = [...requests].sort((a, b) => a.x - b.x);
	let best: PlacedNote[] = [];
	for (const order of [requests, [...requests].reverse(), byX, [...byX].reverse()]) {
		let current = order;
		for (let attempt = 0; attempt < 4; attempt++) {
			const result = placeInOrder(current, layout);
			if (better(result, best)) best = result;
			if (result.length === requests.length) break;
			// The notes that found no room go first next time.
			const done = new Set(result.map((n) => n.id));
			current = [...current.filter((r) => !done.has(r.id)), ...current.filter((r) => done.has(r.id))];
		}
	}
	return best.sort((a, b) => rankOf.get(a.id)! - rankOf.get(b.id)!);
}

/** Whether two segments cross (touching at an end counts). */
export function segmentsCross(a: Segment, b: Segment): boolean {
	const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
	const d1 = o(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
	const d2 = o(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
	const d3 = o(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
	const d4 = o(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
	return d1 !== d2 && d3 !== d4;
}

function placeInOrder(requests: NoteRequest[], layout: NoteLayout): PlacedNote[] {
	const { fontSize: fs, markRadius: r, frame } = layout;
	const lineHeight = fs * 1.15;
	const taken: Box[] = [...layout.boxes];
	// A leader may pass marks and lines, but never another note, nor cross another leader.
	const noteBoxes: Box[] = [];
	const leaders: Segment[] = [];
	const placed: PlacedNote[] = [];
	for (const req of requests) {
		const lines = wrapText(req.text, fs, layout.maxWidth, req.bold);
		const w = Math.max(...lines.map((l) => estimateWidth(l, fs, req.bold)));
		const h = lines.length * lineHeight;
		const gap = r + 3;
		const free = (box: Box) => {
			if (!inside(box, frame)) return false;
			const padded = grow(box, 2);
			return !taken.some((t) => overlap(t, padded)) && !layout.segments.some((seg) => segmentHitsBox(seg, padded));
		};
		const take = (box: Box, anchor: PlacedNote['anchor'], leader?: Segment) => {
			const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
			placed.push({
				id: req.id,
				lines,
				x: r1(x),
				y: r1(box.y0 + fs * 0.9),
				anchor,
				box: { x0: r1(box.x0), y0: r1(box.y0), x1: r1(box.x1), y1: r1(box.y1) },
				leader: leader && { x1: r1(leader.x1), y1: r1(leader.y1), x2: r1(leader.x2), y2: r1(leader.y2) }
			});
			taken.push(box);
			noteBoxes.push(box);
			if (leader) leaders.push(leader);
		};
		// Close by, with no leader: beside the point, then just above or below it (an editor's nudge first).
		const near: { x0: number; y0: number; anchor: PlacedNote['anchor'] }[] = [];
		if (req.prefer) near.push({ x0: req.x + req.prefer.dx - w / 2, y0: req.y + req.prefer.dy - h / 2, anchor: 'middle' });
		near.push(
			{ x0: req.x + gap, y0: req.y - h / 2, anchor: 'start' },
			{ x0: req.x - gap - w, y0: req.y - h / 2, anchor: 'end' },
			{ x0: req.x - w / 2, y0: req.y - gap - h, anchor: 'middle' },
			{ x0: req.x - w / 2, y0: req.y + gap, anchor: 'middle' },
			{ x0: req.x + gap * 0.7, y0: req.y - gap - h, anchor: 'start' },
			{ x0: req.x - gap * 0.7 - w, y0: req.y - gap - h, anchor: 'end' },
			{ x0: req.x + gap * 0.7, y0: req.y + gap, anchor: 'start' },
			{ x0: req.x - gap * 0.7 - w, y0: req.y + gap, anchor: 'end' }
		);
		const close = near.map((n) => ({ ...n, box: { x0: n.x0, y0: n.y0, x1: n.x0 + w, y1: n.y0 + h } })).find((n) => free(n.box));
		if (close) {
			take(close.box, close.anchor);
			continue;
		}
		// Further away, anywhere above or below, with a leader line back to the point: the
		// nearest free spot whose leader crosses no other note or leader.
		let best: { box: Box; leader: Segment; cost: number } | undefined;
		for (let k = 1; k <= 40; k++) {
			const d = gap + k * fs * 0.6;
			for (const above of [true, false]) {
				const y0 = above ? req.y - d - h : req.y + d;
				for (let j = -4; j <= 4; j++) {
					const x0 = req.x - w / 2 + (j * w) / 2;
					const box = { x0, y0, x1: x0 + w, y1: y0 + h };
					const ax = Math.min(Math.max(req.x, box.x0 + 3), box.x1 - 3);
					const leader = { x1: req.x, y1: above ? req.y - r - 1 : req.y + r + 1, x2: ax, y2: above ? box.y1 + 1 : box.y0 - 1 };
					// Short leaders first; one that crosses a data line reads as part of it, so it costs more.
					const crossings = layout.segments.filter((seg) => segmentsCross(seg, leader)).length;
					const cost = Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) + Math.abs(j) * 4 + crossings * 60;
					if (best && cost >= best.cost) continue;
					if (!free(box)) continue;
					const lb = segmentBox(leader, 0.5);
					if (noteBoxes.some((t) => overlap(t, lb) && segmentHitsBox(leader, grow(t, 1)))) continue;
					if (leaders.some((l) => segmentsCross(l, leader))) continue;
					best = { box, leader, cost };
				}
			}
		}
		if (best) take(best.box, 'middle', best.leader);
	}
	return placed;
}
