/** Printing shows every graphic in its overview state; afterwards the page follows the reader again. */
import { setGraphicState } from './graphics.ts';
import { pauseScrolly } from './scrolly.ts';

export function initPrint(root: ParentNode) {
	window.addEventListener('beforeprint', () => {
		pauseScrolly(true);
		// The sources print in full.
		root.querySelectorAll<HTMLDetailsElement>('details[data-print-open]').forEach((d) => (d.open = true));
		root.querySelectorAll<HTMLElement>('[data-graphic]').forEach((f) => setGraphicState(f, 0, true));
	});
	window.addEventListener('afterprint', () => pauseScrolly(false));
}
