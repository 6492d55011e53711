/**
 * Shorter SVG paths for the same points: d3-geo writes every point in absolute coordinates
 * ("M422.1,0L423.8,0.1…"); written relative to the point before ("m422.1,0 1.7.1…"), with no
 * leading zeros or needless separators, an outline takes about a third fewer bytes, and the
 * story's page is mostly outlines and text. The points are exactly the same: differences are
 * taken in whole units of the last digit kept, so no rounding error builds up along a ring.
 */
const POINT = /([MLZ])(?:(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?))?/g;

export function compactPath(d: string, digits = 1): string {
	// Only move-to, line-to and close (what d3-geo writes for lines and areas); anything else is left as written.
	if (/[^MLZ\d.,e-]/.test(d)) return d;
	const scale = 10 ** digits;
	const num = (units: number) => {
		const fixed = (units / scale).toFixed(digits);
		// Trailing zeros only after a decimal point: 420 stays 420, and 0 stays 0.
		const s = digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
		return s.replace(/^(-?)0\./, '$1.');
	};
	let out = '';
	let last = ''; // the last number written, to know whether the next needs a separator
	const put = (s: string) => {
		if (last && !s.startsWith('-') && !(s.startsWith('.') && last.includes('.'))) out += ',';
		out += s;
		last = s;
	};
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	for (const [, cmd, sx, sy] of d.matchAll(POINT)) {
		if (cmd === 'Z') {
			out += 'z';
			last = '';
			x = startX;
			y = startY;
			continue;
		}
		const px = Math.round(Number(sx) * scale);
		const py = Math.round(Number(sy) * scale);
		if (cmd === 'M') {
			out += 'm';
			last = '';
			startX = px;
			startY = py;
		}
		// After "m", further pairs are relative line-tos.
		put(num(px - x));
		put(num(py - y));
		x = px;
		y = py;
	}
	return out;
}
