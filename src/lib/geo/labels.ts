/**
 * Greedy label placement, done at build time: each label tries eight spots around its point,
 * in order, and takes the first that stays inside the frame and clear of every label and
 * marker already placed. A label with no free spot is left out rather than drawn on another.
 */
export interface LabelRequest {
	id: string;
	text: string;
	x: number;
	y: number;
	/** Radius of the point's marker; 0 for a label with no marker (a country name). */
	r: number;
	/** Character width as a share of the font size (capitals with tracking run wider). */
	widthFactor?: number;
	/** Only centred on the point (for country names). */
	centred?: boolean;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
}

export const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function textWidth(text: string, fontSize: number, factor = 0.56): number {
	return text.length * fontSize * factor;
}

export function placeLabels(requests: LabelRequest[], frame: { width: number; height: number }, fontSize: number, obstacles: Box[] = []): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const taken: Box[] = [...obstacles];
	const pad = 2;
	const h = fontSize * 1.05;
	// Markers are obstacles for every label but their own.
	const markers = requests.filter((r) => r.r > 0).map((r) => ({ id: r.id, box: { x0: r.x - r.r, y0: r.y - r.r, x1: r.x + r.r, y1: r.y + r.r } }));
	for (const req of requests) {
		const w = textWidth(req.text, fontSize, req.widthFactor);
		const gap = req.r + fontSize * 0.3;
		const spots: { dx: number; dy: number; anchor: PlacedLabel['anchor'] }[] = req.centred
			? [0, -1.5, 1.5, -3, 3].map((m) => ({ dx: 0, dy: m * h, anchor: 'middle' as const }))
			: [
					{ dx: gap, dy: 0, anchor: 'start' },
					{ dx: -gap, dy: 0, anchor: 'end' },
					{ dx: 0, dy: -gap - h / 2, anchor: 'middle' },
					{ dx: 0, dy: gap + h / 2, anchor: 'middle' },
					{ dx: gap * 0.8, dy: -gap - h / 3, anchor: 'start' },
					{ dx: gap * 0.8, dy: gap + h / 3, anchor: 'start' },
					{ dx: -gap * 0.8, dy: -gap - h / 3, anchor: 'end' },
					{ dx: -gap * 0.8, dy: gap + h / 3, anchor: 'end' },
					// Farther out, above or below, where the near spots are taken by a neighbour.
					{ dx: 0, dy: -gap - h * 1.6, anchor: 'middle' },
					{ dx: 0, dy: gap + h * 1.6, anchor: 'middle' },
					{ dx: gap * 0.5, dy: -gap - h * 1.3, anchor: 'start' },
					{ dx: -gap * 0.5, dy: -gap - h * 1.3, anchor: 'end' },
					{ dx: gap * 0.5, dy: gap + h * 1.3, anchor: 'start' },
					{ dx: -gap * 0.5, dy: gap + h * 1.3, anchor: 'end' }
				];
		for (const s of spots) {
			const x = req.x + s.dx;
			const y = req.y + s.dy;
			const x0 = s.anchor === 'start' ? x : s.anchor === 'end' ? x - w : x - w / 2;
			const box = { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
			if (box.x0 < pad || box.y0 < pad || box.x1 > frame.width - pad || box.y1 > frame.height - pad) continue;
			if (taken.some((t) => overlap(t, box))) continue;
			if (markers.some((m) => m.id !== req.id && overlap(m.box, box))) continue;
			placed.push({ id: req.id, text: req.text, x, y, anchor: s.anchor, box });
			taken.push(box);
			break;
		}
	}
	return placed;
}
