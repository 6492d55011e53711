import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { compactPath } from '../../src/lib/geo/compact-path';
import { makeProjection } from '../../src/lib/geo/projection';
import { regionGeo } from './helpers';

/** The points of a path in absolute coordinates, read as a browser reads SVG path data (m, l, z, implicit line-tos). */
function absolutePoints(d: string): string[] {
	const points: string[] = [];
	let x = 0, y = 0, sx = 0, sy = 0;
	for (const [, cmd, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
		const nums = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g)].map((m) => Number(m[0]));
		if (cmd === 'Z' || cmd === 'z') { x = sx; y = sy; points.push('Z'); continue; }
		for (let i = 0; i < nums.length; i += 2) {
			const rel = cmd === cmd.toLowerCase();
			x = rel ? x + nums[i] : nums[i];
			y = rel ? y + nums[i + 1] : nums[i + 1];
			if (i === 0 && (cmd === 'M' || cmd === 'm')) { sx = x; sy = y; }
			const r = (v: number) => (Math.round(v * 10) / 10 + 0).toFixed(1);
			points.push(`${r(x)},${r(y)}`);
		}
	}
	return points;
}

describe('compactPath', () => {
	it('keeps every point of rings and lines, including after a close and across negative steps', () => {
		const d = 'M10,0L10.5,-0.3L0.1,0.1ZM20,20L19.9,20.1L20,20ZM-5.5,3L-5.4,3L100,0.5';
		expect(absolutePoints(compactPath(d))).toEqual(absolutePoints(d));
	});

	it('keeps whole-unit paths whole: round numbers keep their zeros', () => {
		const d = 'M100,20L110,20L110,0L100,0Z';
		const compact = compactPath(d, 0);
		expect(absolutePoints(compact)).toEqual(absolutePoints(d));
		// Every number written: no empty one where a step is zero (a browser rejects the whole path).
		expect(compact).not.toMatch(/,,|,[mz]|[mz],|,$/);
		expect(compact.match(/-?(?:\d+\.?\d*|\.\d+)/g)).toHaveLength(8);
	});

	it('draws the map region with exactly the same points in fewer bytes', () => {
		const { projection } = makeProjection();
		const path = geoPath(projection).digits(1);
		const all = regionGeo().features.map((f) => path(f) ?? '').join('');
		const compact = compactPath(all);
		expect(absolutePoints(compact)).toEqual(absolutePoints(all));
		expect(compact.length).toBeLessThan(all.length * 0.8);
	});

	it('leaves paths with curves (d3 draws points as arcs) as written', () => {
		const d = 'M0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z';
		expect(compactPath(d)).toBe(d);
	});
});
