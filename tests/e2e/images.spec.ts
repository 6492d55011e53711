/**
 * The downloadable images (SVG, and the PNG rendered from it at build time), as an embedder or a
 * reader who saves one sees them: every text on the card and clear of the others and of the data,
 * and the PNG drawing each text where the SVG does, in every edition (right-to-left ones included).
 */
import { expect, test } from '@playwright/test';
import { pngRenderer } from '../../src/lib/server/png';
import { EDITIONS, editionFile } from '../../src/lib/editions/registry';
import { readdirSync } from 'node:fs';

/** Every graphic the build published as an image. */
const GRAPHICS = readdirSync('build/images').filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4));

test('the build published an image of every graphic', () => {
	expect([...GRAPHICS].sort()).toEqual(['footprint', 'map', 'timeline', 'troops']);
});

type Box = { x0: number; y0: number; x1: number; y1: number };
type Text = Box & { text: string; anchor: string; alone: string };

for (const edition of EDITIONS)
	for (const graphic of GRAPHICS) {
		const file = `/images/${editionFile(edition, `${graphic}.svg`)}`;
		test.describe(file, () => {
			let texts: Text[] = [];
			let marks: Box[] = [];
			let leaders: { x1: number; y1: number; x2: number; y2: number }[] = [];
			test.beforeAll(async ({ browser }) => {
				const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
				await page.goto(file);
				({ texts, marks, leaders } = await page.evaluate(() => {
					const box = (e: Element) => {
						const r = e.getBoundingClientRect();
						return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
					};
					const svg = document.querySelector('svg')!;
					const all = [...svg.querySelectorAll('text')];
					return {
						texts: all.map((t, i) => {
							// The card with only this text left on it, for the PNG's renderer to place.
							const copy = svg.cloneNode(true) as SVGSVGElement;
							copy.querySelectorAll('path, line, rect, circle, use, polyline, polygon, ellipse').forEach((e) => e.remove());
							copy.querySelectorAll('text').forEach((e, j) => j !== i && e.remove());
							return { ...box(t), text: t.textContent ?? '', anchor: t.getAttribute('text-anchor') ?? 'start', alone: copy.outerHTML };
						}),
						// A figure's or a site's mark: a small translated group holding its symbol and nothing written.
						marks: [...svg.querySelectorAll('g[transform^="translate"]')]
							.filter((g) => !g.querySelector('text, g') && g.children.length > 0)
							.map(box)
							.filter((b) => b.x1 - b.x0 < 40 && b.y1 - b.y0 < 40),
						// Notes' leaders: the slanted or vertical lines that are not rules of a scale.
						leaders: [...svg.querySelectorAll('line')]
							.map((l) => {
								const m = l.getCTM()!;
								const p = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
								const a = p(l.x1.baseVal.value, l.y1.baseVal.value);
								const b = p(l.x2.baseVal.value, l.y2.baseVal.value);
								return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
							})
							.filter((l) => Math.abs(l.y2 - l.y1) > 4)
					};
				}));
				await page.close();
			});

			test('every text is on the card, none over another', () => {
				const off = texts.filter((t) => t.x0 < 0 || t.y0 < 0 || t.x1 > 1200 || t.y1 > 630).map((t) => t.text);
				expect(off, 'texts running off the card').toEqual([]);
				const over: string[] = [];
				texts.forEach((a, i) =>
					texts.slice(i + 1).forEach((b) => {
						if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 2 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 3) over.push(`${a.text} / ${b.text}`);
					})
				);
				expect(over, 'texts over each other').toEqual([]);
			});

			test('no text covers a figure\'s mark or crosses a note\'s leader', () => {
				const inside = (t: Box, x: number, y: number) => x > t.x0 + 1 && x < t.x1 - 1 && y > t.y0 + 2 && y < t.y1 - 2;
				const hits: string[] = [];
				for (const t of texts) {
					if (marks.some((m) => Math.min(t.x1, m.x1) - Math.max(t.x0, m.x0) > 1 && Math.min(t.y1, m.y1) - Math.max(t.y0, m.y0) > 1)) hits.push(`${t.text} (mark)`);
					// A leader may start at its own note's edge; it may not run through a text.
					for (const l of leaders) {
						const n = Math.ceil(Math.hypot(l.x2 - l.x1, l.y2 - l.y1) / 2);
						const through = Array.from({ length: n - 3 }, (_, k) => (k + 2) / n).filter((f) => inside(t, l.x1 + f * (l.x2 - l.x1), l.y1 + f * (l.y2 - l.y1))).length;
						if (through > 3) hits.push(`${t.text} (leader)`);
					}
				}
				expect(hits).toEqual([]);
			});

			test('the PNG sets each text where the SVG does', () => {
				const misplaced: string[] = [];
				for (const t of texts) {
					if (!t.text.trim()) continue;
					const ink = pngRenderer(t.alone).getBBox();
					if (!ink) continue;
					// Compare the edge (or the middle) the text is anchored by: the browser here may set it in another font.
					const edge = (x0: number, x1: number) => (t.anchor === 'end' ? x1 : t.anchor === 'middle' ? (x0 + x1) / 2 : x0);
					const d = edge(ink.x, ink.x + ink.width) - edge(t.x0, t.x1);
					if (Math.abs(d) > 8 || Math.abs(ink.y + ink.height / 2 - (t.y0 + t.y1) / 2) > 12) misplaced.push(`${t.text}: ${Math.round(d)} px`);
				}
				expect(misplaced).toEqual([]);
			});
		});
	}
