import { describe, expect, it } from 'vitest';
import { placeNotes, segmentHitsBox, segmentsCross, type NoteLayout } from '../../src/lib/charts/troops/annotate';
import { wrapText } from '../../src/lib/charts/text-wrap';
import { LAYOUTS } from '../../src/lib/charts/troops/model';
import { overlap, type Box } from '../../src/lib/geo/labels';
import { storyModel } from '../../src/lib/server/page-data';
import { EDITIONS } from '../../src/lib/editions/registry';
import { dateToTime } from '../../src/lib/data/dates';
import { realData } from './helpers';
import { notesWithoutRoom, noteRoomProblems } from '../../src/lib/charts/troops/note-room';

const frame: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const layout = (extra: Partial<NoteLayout> = {}): NoteLayout => ({ fontSize: 12, markRadius: 5, frame, boxes: [], segments: [], maxWidth: 90, ...extra });

describe('chart notes, placed', () => {
	it('wraps a long note into lines no wider than allowed', () => {
		const lines = wrapText('2014: back to fight ISIS', 12, 90);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('2014: back to fight ISIS');
	});
	it('tells when a segment crosses a box or another segment', () => {
		expect(segmentHitsBox({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x0: 4, y0: 4, x1: 6, y1: 6 })).toBe(true);
		expect(segmentHitsBox({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x0: 4, y0: 4, x1: 6, y1: 6 })).toBe(false);
		expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
		expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
	});
	it('keeps notes clear of each other, of the lines and of the obstacles', () => {
		const line = { x1: 0, y1: 200, x2: 400, y2: 200 };
		const axisLabel = { x0: 0, y0: 0, x1: 60, y1: 20 };
		// Five notes on a crowded stretch of line, each wider than the space between their points.
		const notes = placeNotes(
			[0, 1, 2, 3, 4].map((i) => ({ id: `n${i}`, text: `Note number ${i}`, x: 110 + i * 40, y: 200 })),
			layout({ segments: [line], boxes: [axisLabel] })
		);
		expect(notes.length).toBe(5);
		for (const n of notes) {
			expect(segmentHitsBox(line, n.box)).toBe(false);
			expect(overlap(n.box, axisLabel)).toBe(false);
			for (const m of notes) if (m !== n) expect(overlap(n.box, m.box), `${n.id} / ${m.id}`).toBe(false);
		}
	});
	it('tries an editor\'s nudge first', () => {
		const [n] = placeNotes([{ id: 'a', text: 'Peak', x: 200, y: 150, prefer: { dx: 0, dy: -60 } }], layout());
		expect((n.box.y0 + n.box.y1) / 2).toBeCloseTo(90, 0);
	});
	it('when only one of two notes fits, keeps the later one', () => {
		const tight = layout({ frame: { x0: 0, y0: 0, x1: 70, y1: 26 } });
		const a = { id: 'a', text: 'Earlier', x: 35, y: 22 };
		const b = { id: 'b', text: 'Later', x: 35, y: 22 };
		expect(placeNotes([a, b], tight).map((n) => n.id)).toEqual(['b']);
		expect(placeNotes([b, a], tight).map((n) => n.id)).toEqual(['a']);
	});
	it('leaves a note out rather than draw it over another', () => {
		const wall = { x0: 0, y0: 0, x1: 400, y1: 300 };
		expect(placeNotes([{ id: 'a', text: 'Nowhere', x: 200, y: 150 }], layout({ boxes: [wall] }))).toEqual([]);
	});
});

describe('the troop chart\'s notes in every edition and layout', () => {
	const data = realData();
	for (const edition of EDITIONS) {
		const { chart } = storyModel(edition).graphics.troops as { chart: import('../../src/lib/charts/troops/model').ChartModel };
		it(`${edition.code}: opens on the whole arc with at least five turning points, none overlapping`, () => {
			const first = chart.steps[0];
			expect(first.full).toBe(true);
			expect(dateToTime(data.story.troops.steps[0].from)).toBeLessThanOrEqual(dateToTime('2003-12-31'));
			for (const l of LAYOUTS) {
				const boxes = [...chart.notes[l], ...first.labels[l]].map((n) => n.box);
				expect(chart.notes[l].length, l).toBeGreaterThanOrEqual(5);
				boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${l}: ${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false)));
				for (const b of boxes) {
					expect(b.x0).toBeGreaterThanOrEqual(chart.plot.x0);
					expect(b.x1).toBeLessThanOrEqual(chart.plot.x1);
					expect(b.y1).toBeLessThanOrEqual(chart.plot.y1);
				}
			}
		});
		it(`${edition.code}: every step writes at least one of its named figures, clear of the others`, () => {
			chart.steps.forEach((step, i) => {
				for (const l of LAYOUTS) {
					const figures = step.labels[l].filter((x) => !x.id.startsWith('count:') && !x.id.startsWith('note-'));
					expect(figures.length, `${step.id} ${l}`).toBeGreaterThan(0);
					const named = new Set(data.story.troops.steps[i].labels.map((x) => `${x.series}:${x.date}`));
					for (const n of figures) {
						const m = chart.marks.find((mk) => `${mk.series}:${mk.index}` === n.id)!;
						expect(named.has(`${m.series}:${m.date}`)).toBe(true);
					}
				}
			});
		});
		it(`${edition.code}: a zoomed step writes the turning points inside its period, where its own figures leave room`, () => {
			const notes = data.troops.annotations;
			let written = 0;
			chart.steps.forEach((step, i) => {
				if (step.full) return;
				const named = data.story.troops.steps[i].labels;
				const inside = new Set(
					notes.flatMap((n, k) =>
						step.series.includes(n.series) && dateToTime(n.date) >= dateToTime(step.from) && dateToTime(n.date) <= dateToTime(step.to) && !named.some((l) => l.series === n.series && l.date === n.date) ? [`note-${k}`] : []
					)
				);
				for (const l of LAYOUTS) {
					const turning = step.labels[l].filter((n) => n.id.startsWith('note-'));
					// Only turning points of the step's own period and series, never one its figures already name.
					for (const n of turning) expect(inside.has(n.id), `${step.id} ${l}: ${n.id}`).toBe(true);
					const boxes = step.labels[l].map((n) => n.box);
					boxes.forEach((a, j) => boxes.slice(j + 1).forEach((b) => expect(overlap(a, b), `${step.id} ${l}`).toBe(false)));
					for (const b of turning.map((n) => n.box)) {
						expect(b.x0).toBeGreaterThanOrEqual(chart.plot.x0);
						expect(b.x1).toBeLessThanOrEqual(chart.plot.x1);
					}
					written += turning.length;
				}
			});
			// The story's data has turning points inside zoomed steps (the 2024 talks among them): some are written.
			expect(written).toBeGreaterThan(0);
		});
	}
	it('puts each series\' no-figure band in its own lane under the plot, never over a line', () => {
		const { chart } = storyModel(EDITIONS[0]).graphics.troops as { chart: import('../../src/lib/charts/troops/model').ChartModel };
		const lanes = new Map<string, number>();
		for (const g of chart.gaps) {
			expect(g.y).toBeGreaterThanOrEqual(chart.plot.y1);
			if (lanes.has(g.series)) expect(g.y).toBe(lanes.get(g.series));
			lanes.set(g.series, g.y);
		}
		expect(new Set(lanes.values()).size).toBe(lanes.size);
	});
});

describe('notes the chart has no room for', () => {
	it('are named in check:data\'s warnings, at the note\'s text in that edition', () => {
		const data = structuredClone(realData());
		const crowded = data.troops.annotations[1];
		// Three more notes on the same point as the 2007 peak: not all of them can be placed.
		for (const text of ['First extra note here', 'Second extra note here', 'Third extra note here'])
			data.troops.annotations.push({ ...crowded, text: { en: text, ar: text, ckb: text } });
		const text = JSON.stringify(data.troops, null, 2);
		const extra = new Set([data.troops.annotations.length - 3, data.troops.annotations.length - 2, data.troops.annotations.length - 1]);
		const left = notesWithoutRoom(data);
		expect(left.filter((n) => extra.has(n.index) && n.lang === 'en').length).toBeGreaterThan(0);
		const problems = noteRoomProblems(data, text);
		expect(problems).toHaveLength(left.length);
		for (const p of problems) {
			expect(p.severity).toBe('warning');
			expect(p.file).toBe('data/troops.json');
			const [, , index, , lang] = p.pointer.split('/');
			// The line named holds that note's text in that edition.
			const expected = data.troops.annotations[Number(index)].text[lang as 'en'];
			expect(text.split('\n')[p.line - 1]).toContain(JSON.stringify(expected));
			expect(p.message).toMatch(/on (phones|wider screens)/);
		}
	});
	it('match what the chart draws: every other note is placed', () => {
		const data = realData();
		const left = notesWithoutRoom(data);
		for (const edition of EDITIONS) {
			const { chart } = storyModel(edition).graphics.troops as { chart: import('../../src/lib/charts/troops/model').ChartModel };
			for (const layout of LAYOUTS) {
				const drawn = new Set(chart.notes[layout].map((n) => n.id));
				data.troops.annotations.forEach((_, i) => {
					const reported = left.some((n) => n.index === i && n.lang === edition.code && n.layouts.includes(layout));
					expect(drawn.has(`note-${i}`), `${edition.code} ${layout} note ${i}`).toBe(!reported);
				});
			}
		}
	});
});
