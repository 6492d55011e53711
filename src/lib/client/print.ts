/**
 * Printing. The sources open, and each step of a scrolly section prints above its text with
 * its own state of the graphic: a copy of the sticky graphic, set to that step, is put into
 * the step for as long as the page is printed (print styles hide the sticky original). Both
 * the print dialog (beforeprint) and print media emulation (matchMedia) start it; afterwards
 * the copies go and the page follows the reader again. Without JavaScript the page prints each
 * graphic once, before its steps.
 */
import { setGraphicState } from './graphics.ts';
import { pauseScrolly } from './scrolly.ts';

const COPY = 'print-state';

/**
 * A copy of a graphic whose ids (clip paths, hatch patterns, shared outlines) are its own, and
 * every reference to them too, in the copy and in the states waiting in its templates: the
 * original is hidden in print, and a fill or clip pointing into a hidden graphic draws nothing.
 */
function copyOf(figure: HTMLElement, suffix: string): HTMLElement {
	const copy = figure.cloneNode(true) as HTMLElement;
	const trees: ParentNode[] = [copy, ...[...copy.querySelectorAll('template')].map((t) => t.content)];
	const ids = new Map<string, string>();
	for (const tree of trees)
		tree.querySelectorAll('[id]').forEach((el) => {
			ids.set(el.id, `${el.id}-${suffix}`);
			el.id = `${el.id}-${suffix}`;
		});
	const rename = (value: string) => value.replace(/#([\w-]+)/g, (whole, id: string) => (ids.has(id) ? `#${ids.get(id)}` : whole));
	// href (a <use>'s outline) and url(#…) in any attribute: fill, stroke, clip-path, mask, style.
	const refersToId = (a: Attr) => a.value.includes('#') && (a.name === 'href' || a.name === 'xlink:href' || a.value.includes('url(#'));
	for (const tree of trees)
		tree.querySelectorAll('*').forEach((el) => {
			for (const a of [...el.attributes]) if (refersToId(a)) el.setAttribute(a.name, rename(a.value));
		});
	// Nothing in a printed copy takes focus or speaks.
	copy.querySelectorAll('[tabindex]').forEach((el) => el.setAttribute('tabindex', '-1'));
	return copy;
}

function addCopies(root: ParentNode) {
	if (root.querySelector(`.${COPY}`)) return;
	let count = 0;
	root.querySelectorAll<HTMLElement>('[data-scrolly]').forEach((section, si) => {
		const figure = section.querySelector<HTMLElement>('.sticky-graphic [data-graphic]');
		if (!figure) return;
		section.querySelectorAll<HTMLElement>('.step').forEach((step, i) => {
			const copy = copyOf(figure, `p${si}-${i}`);
			const wrap = document.createElement('div');
			wrap.className = COPY;
			wrap.setAttribute('aria-hidden', 'true');
			wrap.append(copy);
			step.prepend(wrap);
			setGraphicState(copy, i + 1, true);
			count++;
		});
	});
	document.documentElement.dataset.printStates = String(count);
}

function removeCopies(root: ParentNode) {
	root.querySelectorAll(`.${COPY}`).forEach((el) => el.remove());
}

export function initPrint(root: ParentNode) {
	const start = () => {
		pauseScrolly(true);
		// The sources print in full.
		root.querySelectorAll<HTMLDetailsElement>('details[data-print-open]').forEach((d) => (d.open = true));
		root.querySelectorAll<HTMLElement>('.sticky-graphic [data-graphic]').forEach((f) => setGraphicState(f, 0, true));
		addCopies(root);
	};
	const end = () => {
		removeCopies(root);
		pauseScrolly(false);
	};
	window.addEventListener('beforeprint', start);
	window.addEventListener('afterprint', end);
	const print = window.matchMedia('print');
	print.addEventListener('change', (e) => (e.matches ? start() : end()));
}
