import { describe, expect, it } from 'vitest';
import { overlap, placeLabels, type LabelRequest } from '../../src/lib/geo/labels';

const frame = { width: 300, height: 200 };

describe('label placement', () => {
	it('never overlaps two labels and keeps them inside the frame', () => {
		const requests: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, text: `Place ${i}`, x: 60 + (i % 4) * 40, y: 50 + Math.floor(i / 4) * 30, r: 4 }));
		const placed = placeLabels(requests, frame, 13);
		expect(placed.length).toBeGreaterThan(3);
		for (const a of placed) {
			expect(a.box.x0).toBeGreaterThanOrEqual(0);
			expect(a.box.x1).toBeLessThanOrEqual(frame.width);
			for (const b of placed) if (a !== b) expect(overlap(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
		}
	});
	it('moves a label to the other side when the first spot is taken or off the frame', () => {
		const [label] = placeLabels([{ id: 'edge', text: 'Right edge', x: 290, y: 100, r: 4 }], frame, 13);
		expect(label.anchor).toBe('end');
		expect(label.box.x1).toBeLessThan(290);
	});
	it('leaves a label out rather than overlap a marker or another label', () => {
		const placed = placeLabels(
			[
				{ id: 'a', text: 'Alpha', x: 150, y: 100, r: 4 },
				{ id: 'b', text: 'Beta', x: 150, y: 100, r: 4 }
			],
			{ width: 80, height: 30 },
			13
		);
		expect(placed.length).toBeLessThan(2);
	});
});
