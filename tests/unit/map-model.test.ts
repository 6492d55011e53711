import { describe, expect, it } from 'vitest';
import { buildMapModel, fitView } from '../../src/lib/charts/map/model';
import { overlap } from '../../src/lib/geo/labels';
import { realData, regionGeo } from './helpers';
import { SOURCE_EDITION } from '../../src/lib/editions/registry';

const data = realData();
const model = buildMapModel(regionGeo(), data.places.places, data.story, SOURCE_EDITION);

describe('map model', () => {
	it('draws Iraq, Syria and Jordan as paths', () => {
		for (const id of ['368', '760', '400']) expect(model.countries.find((c) => c.id === id)?.d).toMatch(/^m\d/);
	});
	it('puts every place inside the overview frame', () => {
		for (const p of model.places) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(model.width);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(model.height);
		}
	});
	it('has one state per story step, each keeping its focus places in view', () => {
		expect(model.steps.map((s) => s.id)).toEqual(data.story.map.steps.map((s) => s.id));
		data.story.map.steps.forEach((step, i) => {
			const { k, tx, ty } = model.steps[i].view;
			for (const id of step.focus) {
				const p = model.places.find((q) => q.id === id)!;
				const x = p.x * k + tx;
				const y = p.y * k + ty;
				expect(x, `${step.id}: ${id}`).toBeGreaterThan(0);
				expect(x).toBeLessThan(model.width);
				expect(y).toBeGreaterThan(0);
				expect(y).toBeLessThan(model.height);
			}
		});
	});
	it('labels without collisions in both layouts, at every step', () => {
		for (const s of [model.overview, ...model.steps])
			for (const layout of ['wide', 'narrow'] as const) {
				const boxes = [...s.labels[layout], ...s.countryLabels[layout]].map((l) => l.box);
				boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${s.id} ${layout}`).toBe(false)));
			}
	});
	it('labels most highlighted places even on a phone', () => {
		for (const s of model.steps) expect(s.labels.narrow.length, s.id).toBeGreaterThanOrEqual(Math.min(2, s.highlight.length));
	});
	it('never zooms out past the whole map or shows beyond its edge', () => {
		const v = fitView([[10, 10]], 640, 480);
		expect(v.k).toBeGreaterThanOrEqual(1);
		expect(v.tx).toBeLessThanOrEqual(0);
		expect(v.ty).toBeLessThanOrEqual(0);
		expect(fitView([], 640, 480)).toEqual({ k: 1, tx: 0, ty: 0 });
	});
	it('gives a scale bar of a sensible length', () => {
		for (const s of [model.overview, ...model.steps]) {
			expect(s.scale.length).toBeGreaterThan(30);
			expect(s.scale.length).toBeLessThan(200);
		}
	});
});
