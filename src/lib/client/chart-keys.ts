/**
 * The chart's figures are its controls: one Tab stop into the chart (the first figure in the
 * current view), arrow keys between the figures in view, Home and End to the ends. Focus shows
 * a figure's details (details.ts). Left and right follow the screen, so in right-to-left
 * editions, where time runs right to left, they still move the way the arrow points.
 */
import { decodeChartViews, markInPlot, viewX } from '../charts/troops/views.ts';

const num = (el: Element, name: string) => Number((el as HTMLElement).dataset[name]);

/** The figures the current view shows, left to right on screen. */
export function marksInView(figure: HTMLElement): HTMLElement[] {
	const views = decodeChartViews(figure.dataset.views);
	const view = views[Number(figure.dataset.state) || 0] ?? views[0];
	const [x0, x1] = (figure.dataset.plot ?? '0 0').split(' ').map(Number);
	if (!view) return [];
	return [...figure.querySelectorAll<HTMLElement>('.mark')]
		.filter((m) => markInPlot(view, num(m, 'x'), { x0, x1 }))
		.map((m) => ({ m, x: viewX(view, num(m, 'x')) }))
		.sort((a, b) => a.x - b.x)
		.map(({ m }) => m);
}

/** After a state change: the Tab stop moves to the first figure the reader can see. */
export function resetTabStop(figure: HTMLElement) {
	const inView = marksInView(figure);
	// The page's direction from its markup: reading a computed style here, mid-scroll, would
	// make the browser restyle the page before the frame.
	const rtl = figure.closest('[dir]')?.getAttribute('dir') === 'rtl';
	const first = (rtl ? inView.at(-1) : inView[0]) ?? figure.querySelector<HTMLElement>('.mark');
	if (figure.contains(document.activeElement) && document.activeElement?.matches('.mark')) return;
	// Only the old stop and the new one change: every other figure keeps tabindex -1.
	const current = figure.querySelector<HTMLElement>('.mark[tabindex="0"]');
	if (current === first || !first) return;
	if (current) current.tabIndex = -1;
	first.tabIndex = 0;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function initChartKeys(root: Document) {
	root.addEventListener('keydown', (e) => {
		const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-graphic="chart"] .mark') : null;
		if (!mark) return;
		const figure = mark.closest<HTMLElement>('[data-graphic]')!;
		const list = marksInView(figure);
		if (!list.length) return;
		const rtl = getComputedStyle(figure).direction === 'rtl';
		const at = list.indexOf(mark);
		let next: HTMLElement | undefined;
		if (e.key in STEPS) {
			// Up and down go back and forward in time, which runs leftwards in right-to-left editions.
			const step = e.key.startsWith('ArrowUp') || e.key.startsWith('ArrowDown') ? STEPS[e.key] * (rtl ? -1 : 1) : STEPS[e.key];
			next = list[Math.min(list.length - 1, Math.max(0, (at < 0 ? 0 : at) + step))];
		} else if (e.key === 'Home') next = rtl ? list.at(-1) : list[0];
		else if (e.key === 'End') next = rtl ? list[0] : list.at(-1);
		else if (e.key === 'Enter' || e.key === ' ') {
			e.preventDefault();
			mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
			return;
		} else return;
		e.preventDefault();
		if (!next || next === mark) return;
		mark.tabIndex = -1;
		next.tabIndex = 0;
		next.focus();
	});
}
