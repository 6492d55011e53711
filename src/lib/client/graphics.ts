/**
 * Moves the server-rendered map and chart between their prepared states. State 0 is the
 * overview, state i + 1 is story step i. Only transforms, classes and a few attributes
 * change: the geometry itself was computed at build time.
 */
const px = (v: number) => `${v.toFixed(1)}px`;
const num = (el: Element, name: string) => Number((el as HTMLElement).dataset[name]);

function showState(figure: HTMLElement, state: number) {
	figure.dataset.state = String(state);
	figure.dataset.step = (figure.dataset.stepIds ?? '').split(' ')[state] ?? '';
	figure.querySelectorAll<SVGGElement>('[data-for]').forEach((g) => g.classList.toggle('off', g.dataset.for !== String(state)));
}

export function setMapState(figure: HTMLElement, state: number) {
	const views = (figure.dataset.views ?? '').split(';').map((v) => v.split(',').map(Number));
	const [k, tx, ty] = views[state] ?? views[0];
	showState(figure, state);
	const base = figure.querySelector<HTMLElement>('.basemap')!;
	// The base map's layer moves as a whole (in shares of the frame), on the compositor.
	base.style.transform = `translate(${((tx / num(base, 'w')) * 100).toFixed(3)}%, ${((ty / num(base, 'h')) * 100).toFixed(3)}%) scale(${k})`;
	base.style.setProperty('--k', String(k));
	figure.querySelectorAll<SVGGElement>('.marker').forEach((m) => {
		m.style.transform = `translate(${px(num(m, 'x') * k + tx)}, ${px(num(m, 'y') * k + ty)})`;
		m.classList.toggle('on', (m.dataset.on ?? '').split(' ').includes(String(state)));
	});
}

export function setChartState(figure: HTMLElement, state: number) {
	const views = (figure.dataset.views ?? '').split(';').map((v) => v.split(','));
	const [sx, tx, sy, ty] = (views[state] ?? views[0]).slice(0, 4).map(Number);
	const series = ((views[state] ?? views[0])[4] ?? '').split('+');
	showState(figure, state);
	const dim = (el: Element) => el.classList.toggle('dim', !series.includes((el as HTMLElement).dataset.series ?? ''));
	const lines = figure.querySelector<SVGGElement>('.lines')!;
	lines.style.transform = `translate(${px(tx)}, ${px(ty)}) scale(${sx}, ${sy})`;
	lines.querySelectorAll('path').forEach(dim);
	figure.querySelectorAll<SVGRectElement>('.gap').forEach((g) => {
		g.setAttribute('x', (num(g, 'x0') * sx + tx).toFixed(1));
		g.setAttribute('width', Math.max(0, (num(g, 'x1') - num(g, 'x0')) * sx).toFixed(1));
		dim(g);
	});
	figure.querySelectorAll<SVGGElement>('.mark').forEach((m) => {
		const x = num(m, 'x');
		const y = num(m, 'y');
		m.style.transform = `translate(${px(x * sx + tx)}, ${px(y * sy + ty)})`;
		const range = m.querySelector('.range');
		if (range) range.setAttribute('y2', ((num(m, 'yHigh') - y) * sy).toFixed(1));
		dim(m);
	});
}

export function setGraphicState(figure: HTMLElement, state: number) {
	if (figure.dataset.graphic === 'map') setMapState(figure, state);
	else if (figure.dataset.graphic === 'chart') setChartState(figure, state);
}
