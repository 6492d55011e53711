/**
 * Details on hover and on keyboard focus. Map places and chart figures carry their text in
 * data attributes; hovering one, or focusing its button in the step text (the graphic itself
 * is aria-hidden), fills the graphic's detail box. Text is set as text, never as HTML.
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
	root.addEventListener('focusin', (e) => {
		const t = e.target instanceof Element ? e.target.closest('[data-spot]') : null;
		if (t) on(t);
	});
	root.addEventListener('focusout', (e) => {
		const t = e.target instanceof Element ? e.target.closest('[data-spot]') : null;
		if (t) off(t);
	});
}
