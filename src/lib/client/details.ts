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

export function initDetails(root: ParentNode) {
	root.querySelectorAll<HTMLElement>('[data-graphic]').forEach((figure) => {
		figure.querySelectorAll<HTMLElement>('.marker, .mark').forEach((el) => {
			el.addEventListener('pointerenter', () => show(figure, el));
			el.addEventListener('pointerleave', () => show(figure, null));
		});
	});
	// Buttons in the step text name a place or a figure of their section's graphic.
	root.querySelectorAll<HTMLElement>('[data-spot]').forEach((button) => {
		const figure = button.closest('[data-scrolly]')?.querySelector<HTMLElement>('[data-graphic]');
		if (!figure) return;
		const on = () => show(figure, targetFor(figure, button.dataset.spot!));
		const off = () => show(figure, null);
		button.addEventListener('focus', on);
		button.addEventListener('pointerenter', on);
		button.addEventListener('blur', off);
		button.addEventListener('pointerleave', off);
	});
}
