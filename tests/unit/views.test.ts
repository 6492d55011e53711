import { dataEnd } from '../../src/lib/data/updated';
import { describe, expect, it } from 'vitest';
import { baseTransform, decodeMapViews, encodeMapViews, pointTransform } from '../../src/lib/charts/map/views';
import { decodeChartViews, encodeChartViews, markTransform, viewX, viewY } from '../../src/lib/charts/troops/views';
import { buildMapModel } from '../../src/lib/charts/map/model';
import { buildTroopChart } from '../../src/lib/charts/troops/model';
import { SOURCE_EDITION } from '../../src/lib/editions/registry';
import { realData, regionGeo } from './helpers';

const data = realData();

describe('map views', () => {
	const model = buildMapModel(regionGeo(), data.places.places, data.story, SOURCE_EDITION);
	const views = [model.overview, ...model.steps].map((s) => s.view);

	it('come back from their encoding unchanged, one per state', () => {
		expect(decodeMapViews(encodeMapViews(views))).toEqual(views);
	});
	it('decode to nothing from text that is not theirs', () => {
		for (const bad of [undefined, '', '1,0,0;2,3,4', '[{"k":"2","tx":0,"ty":0}]', '{"k":1}']) expect(decodeMapViews(bad)).toEqual([]);
	});
	it('place a point where the view puts it, and zoom the base map from its corner', () => {
		const v = views.find((x) => x.k > 1)!;
		const [x, y] = pointTransform(v, 100, 50).match(/-?[\d.]+/g)!.map(Number);
		expect(x).toBeCloseTo(100 * v.k + v.tx, 1);
		expect(y).toBeCloseTo(50 * v.k + v.ty, 1);
		expect(baseTransform({ k: 2, tx: -320, ty: 0 }, 640, 480)).toBe('translate(-50.000%, 0.000%) scale(2)');
	});
});

describe('chart views', () => {
	const chart = buildTroopChart(data.troops, data.story.troops.steps, { start: data.story.meta.start, updated: dataEnd(data) }, String);
	const views = [chart.overview, ...chart.steps];

	it('come back from their encoding with their scales and series', () => {
		const decoded = decodeChartViews(encodeChartViews(views));
		expect(decoded).toEqual(views.map(({ sx, tx, sy, ty, series }) => ({ sx, tx, sy, ty, series })));
	});
	it('decode to nothing from text that is not theirs', () => {
		for (const bad of [undefined, 'x', '[{"sx":1,"tx":0,"sy":1,"ty":0}]', '[{"sx":1,"tx":0,"sy":1,"ty":0,"series":[1]}]']) expect(decodeChartViews(bad)).toEqual([]);
	});
	it('put a step\'s window at the plot\'s edges', () => {
		const step = chart.steps[0];
		const mark = chart.marks.find((m) => m.date >= step.from.slice(0, 7))!;
		const x = viewX(step, mark.x);
		expect(x).toBeGreaterThanOrEqual(chart.plot.x0 - 0.5);
		expect(x).toBeLessThanOrEqual(chart.plot.x1 + 0.5);
		expect(markTransform(step, mark.x, mark.y)).toBe(`translate(${x.toFixed(1)}px, ${viewY(step, mark.y).toFixed(1)}px)`);
	});
});
