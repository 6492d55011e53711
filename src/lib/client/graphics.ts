/**
 * Moves the server-rendered map and chart between their prepared states. State 0 is the
 * overview, state i + 1 is story step i. Only transforms, classes and a few attributes
 * change: the geometry itself was computed at build time.
 *
 * What moves while the reader scrolls is only ever composited: the map's base layer zooms
 * (a CSS transform on an HTML layer), and the marks drawn over it — the map's places and
 * labels, the chart's lines and figures — fade out, take their new places unseen, and fade
 * back in. Gliding each SVG mark instead meant restyling and repainting the whole graphic in
 * every frame, which slow phones could not keep up with.
 */
import { baseTransform, decodeMapViews, pointTransform } from '../charts/map/views.ts';
import { decodeChartViews, linesTransform, markInPlot, markTransform, viewX } from '../charts/troops/views.ts';
import { resetTabStop } from './chart-keys.ts';

const num = (el: Element, name: string) => Number((el as HTMLElement).dataset[name]);
const pending = new WeakMap<HTMLElement, number>();
/** Each figure's latest state change, counted: a change's later phases check it is still the latest. */
const changes = new WeakMap<HTMLElement, number>();

const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
const motionCache = new Map<string, number>();

/**
 * The current motion duration (--motion): 0 under reduced motion or with the motion switch
 * off. It depends only on those two, so the style is read once for each combination, not at
 * every step (reading it mid-scroll would force the browser to restyle early).
 */
function motionMs(): number {
	const key = `${document.documentElement.dataset.motion ?? ''}|${reduced.matches}`;
	if (!motionCache.has(key)) {
		// Written as 650ms in the source, the minified CSS may say .65s.
		const value = getComputedStyle(document.documentElement).getPropertyValue('--motion').trim();
		motionCache.set(key, (parseFloat(value) || 0) * (value.endsWith('ms') ? 1 : 1000));
	}
	return motionCache.get(key)!;
}

/**
 * Reads the motion time while the page's styles are clean (at start-up), so that the first
 * step change does not make the browser restyle the whole page mid-scroll to answer it.
 */
export function primeMotionTime() {
	motionMs();
}

/** Cancels what is left of a figure's last state change: its timer, and the phases still to come. */
function cancelPending(figure: HTMLElement) {
	clearTimeout(pending.get(figure));
	changes.set(figure, (changes.get(figure) ?? 0) + 1);
}

/**
 * Runs a state change's phases, each in a frame of its own: a slow phone lays out the new
 * labels in one frame and moves the marks in the next, rather than both in one long frame. The
 * first runs now, or, with `afterFrame`, once the frame being drawn is done. `done` runs after
 * the last. A newer change to the figure cancels what is left of an older one.
 */
function inPhases(figure: HTMLElement, phases: (() => void)[], done = () => {}, afterFrame = false) {
	const change = (changes.get(figure) ?? 0) + 1;
	changes.set(figure, change);
	// After the next frame has been drawn: a timer set in an animation frame callback runs once
	// that frame is done.
	const later = (i: number) =>
		requestAnimationFrame(() => {
			if (changes.get(figure) === change) pending.set(figure, window.setTimeout(() => run(i)));
		});
	const run = (i: number) => {
		if (changes.get(figure) !== change) return;
		phases[i]();
		if (i + 1 === phases.length) done();
		else later(i + 1);
	};
	if (afterFrame) later(0);
	else run(0);
}

/**
 * Applies a state change to a figure's marks while they are hidden: the figure takes the
 * class `moving` (its marks fade out), the phases run after `hiddenFor` of the motion time,
 * and the marks fade back in after the last. Without motion, or when asked, they all run at
 * once.
 */
function whileHidden(figure: HTMLElement, phases: (() => void)[], hiddenFor: number, immediate: boolean) {
	cancelPending(figure);
	const ms = immediate ? 0 : motionMs() * hiddenFor;
	if (!ms) {
		figure.classList.remove('moving');
		phases.forEach((phase) => phase());
		return;
	}
	figure.classList.add('moving');
	pending.set(
		figure,
		window.setTimeout(() => inPhases(figure, phases, () => figure.classList.remove('moving')), ms)
	);
}

function showState(figure: HTMLElement, state: number) {
	figure.dataset.state = String(state);
	figure.dataset.step = (figure.dataset.stepIds ?? '').split(' ')[state] ?? '';
}

/** Parts of a figure drawn for one state only (labels, scale bars, axes), by slot and state. */
const parked = new WeakMap<HTMLElement, Map<string, Element>>();

/**
 * Swaps in the state's own labels, scale bar and axes. Only the current state's are in the
 * graphic; the others wait in the figure's <template data-state-parts> (inert: never styled or
 * laid out), and a part swapped out waits here for its state to come back.
 */
function showLabels(figure: HTMLElement, state: number) {
	let store = parked.get(figure);
	if (!store) parked.set(figure, (store = new Map()));
	const template = figure.querySelector<HTMLTemplateElement>('template[data-state-parts]');
	figure.querySelectorAll<SVGGElement>('[data-for][data-slot]').forEach((live) => {
		if (live.dataset.for === String(state)) return;
		const key = `${live.dataset.slot}:${state}`;
		let next = store.get(key);
		if (!next) {
			const waiting = template?.content.querySelector(`[data-slot="${live.dataset.slot}"][data-for="${state}"]`);
			if (!waiting) return;
			next = document.importNode(waiting, true);
		}
		store.delete(key);
		store.set(`${live.dataset.slot}:${live.dataset.for}`, live);
		live.replaceWith(next);
	});
}

/**
 * Takes every state's parts out of the template ahead of time, in an idle moment, so that the
 * first step change of a graphic does not parse and clone them in the middle of the scroll.
 */
export function prepareStates(figure: HTMLElement) {
	let store = parked.get(figure);
	if (!store) parked.set(figure, (store = new Map()));
	const template = figure.querySelector<HTMLTemplateElement>('template[data-state-parts]');
	template?.content.querySelectorAll<SVGGElement>('[data-for][data-slot]').forEach((part) => {
		const key = `${part.dataset.slot}:${part.dataset.for}`;
		if (!store.has(key)) store.set(key, document.importNode(part, true));
	});
}

export function setMapState(figure: HTMLElement, state: number, immediate = false) {
	const views = decodeMapViews(figure.dataset.views);
	const view = views[state] ?? views[0];
	if (!view) return;
	const key = JSON.stringify(view);
	const moved = key !== (figure.dataset.view ?? JSON.stringify(views[0]));
	figure.dataset.view = key;
	showState(figure, state);
	const base = figure.querySelector<HTMLElement>('.basemap')!;
	// The base map's layer moves as a whole, on the compositor.
	base.style.transform = baseTransform(view, num(base, 'w'), num(base, 'h'));
	base.style.setProperty('--k', String(view.k));
	const markers = [...figure.querySelectorAll<SVGGElement>('.marker')];
	const places = () =>
		markers.forEach((m) => {
			m.style.transform = pointTransform(view, num(m, 'x'), num(m, 'y'));
			m.classList.toggle('on', (m.dataset.on ?? '').split(' ').includes(String(state)));
			// Each site in its state as of the step's date; a place not drawn at this step is "-".
			m.dataset.drawn = (m.dataset.drawnStates ?? '').split(' ')[state] ?? '-';
			m.classList.toggle('attacked', (m.dataset.attackedStates ?? '').split(' ').includes(String(state)));
			m.classList.toggle('claimed', (m.dataset.claimedStates ?? '').split(' ').includes(String(state)));
		});
	const labels = () => showLabels(figure, state);
	// The places stay hidden for as long as the base map zooms; a step that keeps the view
	// (and comes after any zoom has finished) only changes which places are marked, from the
	// frame after the step's own: the step's frame already restyles its cards.
	if (moved || figure.classList.contains('moving')) whileHidden(figure, [places, labels], 1, immediate);
	else {
		// A step a frame ago may still have its labels to come: they are not wanted now.
		cancelPending(figure);
		if (immediate) {
			places();
			labels();
		} else inPhases(figure, [places, labels], undefined, true);
	}
}

export function setChartState(figure: HTMLElement, state: number, immediate = false) {
	const views = decodeChartViews(figure.dataset.views);
	const view = views[state] ?? views[0];
	if (!view) return;
	showState(figure, state);
	const labels = () => {
		showLabels(figure, state);
		figure.classList.toggle('zoomed', !(figure.dataset.fullStates ?? '').split(' ').includes(String(state)));
	};
	const marks = () => {
		const dim = (el: Element) => el.classList.toggle('dim', !view.series.includes((el as HTMLElement).dataset.series ?? ''));
		const lines = figure.querySelector<SVGGElement>('.lines')!;
		lines.style.transform = linesTransform(view);
		lines.querySelectorAll('path').forEach(dim);
		figure.querySelectorAll<SVGRectElement>('.gap').forEach((g) => {
			g.setAttribute('x', viewX(view, num(g, 'x0')).toFixed(1));
			g.setAttribute('width', Math.max(0, (num(g, 'x1') - num(g, 'x0')) * view.sx).toFixed(1));
			dim(g);
		});
		const [x0, x1] = (figure.dataset.plot ?? '0 0').split(' ').map(Number);
		figure.querySelectorAll<SVGGElement>('.mark').forEach((m) => {
			m.classList.toggle('out', !markInPlot(view, num(m, 'x'), { x0, x1 }));
			const y = num(m, 'y');
			m.style.transform = markTransform(view, num(m, 'x'), y);
			const range = m.querySelector('.range');
			if (range) range.setAttribute('y2', ((num(m, 'yHigh') - y) * view.sy).toFixed(1));
			dim(m);
		});
		resetTabStop(figure);
	};
	whileHidden(figure, [labels, marks], 0.35, immediate);
}

/**
 * How each kind of graphic moves between its states in the browser, by its data-graphic name.
 * A graphic with steps adds its own here; one without steps needs nothing.
 */
const STATE_SETTERS: Record<string, (figure: HTMLElement, state: number, immediate: boolean) => void> = {
	map: setMapState,
	chart: setChartState
};

export function setGraphicState(figure: HTMLElement, state: number, immediate = false) {
	STATE_SETTERS[figure.dataset.graphic ?? '']?.(figure, state, immediate);
}
