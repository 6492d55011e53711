/**
 * Details on hover and on keyboard focus. Map places and chart figures carry their text in
 * data attributes; hovering one, focusing a chart figure (the chart's figures are controls) or
 * focusing a place's button in the step text (the map is aria-hidden) fills the graphic's
 * detail box, which opens beside the figure or place, never over it. Text is set as text,
 * never as HTML.
 */
function show(figure: HTMLElement, target: HTMLElement | null) {
	const box = figure.querySelector<HTMLElement>('[data-detail]');
	figure.querySelectorAll('.spot').forEach((el) => el.classList.remove('spot'));
	if (!box) return;
	if (!target) {
		box.hidden = true;
		return;
	}
	target.classList.add('spot');
	const strong = document.createElement('strong');
	strong.textContent = target.dataset.name ?? '';
	const parts: Node[] = [strong];
	if (target.dataset.description) {
		const span = document.createElement('span');
		span.textContent = target.dataset.description;
		parts.push(span);
	}
	if (target.classList.contains('approx') && box.dataset.approximateLabel) {
		const em = document.createElement('em');
		em.textContent = box.dataset.approximateLabel;
		parts.push(em);
	}
	box.replaceChildren(...parts);
	box.hidden = false;
	besidePoint(box, target);
}

/**
 * Puts the box on the far side of the figure or place (with its label, on the map) from the
 * graphic's nearer edge, clear of both: a box in a fixed corner would cover whatever lies there,
 * the very place sometimes. A target not drawn at this step leaves the box in its corner.
 */
function besidePoint(box: HTMLElement, target: HTMLElement) {
	box.removeAttribute('style');
	const frame = box.offsetParent as HTMLElement | null;
	if (!frame) return;
	const f = frame.getBoundingClientRect();
	const label = target.dataset.place ? [...frame.querySelectorAll(`[data-label="${CSS.escape(target.dataset.place)}"]`)] : [];
	const rects = [target.querySelector('.sym') ?? target, ...label].map((el) => el.getBoundingClientRect()).filter((r) => r.width || r.height);
	if (!rects.length) return;
	const x0 = Math.min(...rects.map((r) => r.left)) - f.left;
	const x1 = Math.max(...rects.map((r) => r.right)) - f.left;
	const y0 = Math.min(...rects.map((r) => r.top)) - f.top;
	const y1 = Math.max(...rects.map((r) => r.bottom)) - f.top;
	const gap = 10;
	const w = box.offsetWidth;
	const h = box.offsetHeight;
	let left = (x0 + x1) / 2 < f.width / 2 ? x1 + gap : x0 - gap - w;
	// A box too wide for either side goes above or below the figure instead.
	let top = Math.min(Math.max(0, (y0 + y1) / 2 - h / 2), Math.max(0, f.height - h));
	if (left < 0 || left + w > f.width) {
		left = Math.min(Math.max(0, (x0 + x1) / 2 - w / 2), Math.max(0, f.width - w));
		top = y0 - gap - h >= 0 ? y0 - gap - h : y1 + gap;
	}
	box.style.cssText = `left: ${Math.round(left)}px; top: ${Math.round(top)}px; right: auto;`;
}

const targetFor = (figure: HTMLElement, key: string) => figure.querySelector<HTMLElement>(`[data-place="${CSS.escape(key)}"], [data-mark="${CSS.escape(key)}"]`);

/** What can show details: a place or a figure in a graphic, or a button naming one in the text. */
const HOVER = '[data-graphic] .marker, [data-graphic] .mark, [data-spot]';

/** The graphic and the mark a hovered or focused element stands for. */
function resolve(el: Element): [HTMLElement, HTMLElement | null] | null {
	if (el.matches('[data-spot]')) {
		const figure = el.closest('[data-scrolly]')?.querySelector<HTMLElement>('[data-graphic]');
		return figure ? [figure, targetFor(figure, (el as HTMLElement).dataset.spot!)] : null;
	}
	const figure = el.closest<HTMLElement>('[data-graphic]');
	return figure ? [figure, el as HTMLElement] : null;
}

const hovered = (target: EventTarget | null) => (target instanceof Element ? target.closest(HOVER) : null);

/**
 * A handful of listeners on the page rather than four on every mark and button: the page's
 * script then starts in a moment, however many figures the data holds.
 */
export function initDetails(root: Document) {
	const on = (el: Element) => {
		const r = resolve(el);
		if (r) show(r[0], r[1]);
	};
	const off = (el: Element) => {
		const r = resolve(el);
		if (r) show(r[0], null);
	};
	root.addEventListener('pointerover', (e) => {
		const to = hovered(e.target);
		if (to && to !== hovered(e.relatedTarget)) on(to);
	});
	root.addEventListener('pointerout', (e) => {
		const from = hovered(e.target);
		if (from && from !== hovered(e.relatedTarget)) off(from);
	});
	const focusable = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-spot], [data-graphic="chart"] .mark') : null);
	root.addEventListener('focusin', (e) => {
		const t = focusable(e.target);
		if (t) on(t);
	});
	root.addEventListener('focusout', (e) => {
		const t = focusable(e.target);
		if (t && !focusable(e.relatedTarget)) off(t);
	});
}
