/** The story page's only script: scrolling steps, details on hover and focus, the timeline count, embed codes, motion, print, layout ahead of the reader. */
import { initScrollies } from './scrolly.ts';
import { prepareStates, primeMotionTime, setGraphicState } from './graphics.ts';
import { initDetails } from './details.ts';
import { initChartKeys } from './chart-keys.ts';
import { initTimeline, initYearLinks } from './timeline.ts';
import { initCopyButtons } from './copy.ts';
import { initMotionSwitch } from './motion.ts';
import { initPrint } from './print.ts';
import { initEditionLink, rememberPlace } from './edition.ts';
import { layOutAhead } from './lay-out-ahead.ts';

// Everything here can wait a moment: the page is whole and readable before it runs. Each group
// runs in a task of its own, out of the browser's long end-of-page task, and short enough that
// a slow phone's main thread is never held for long: the header's switches and printing, then the
// steps (the reader's scroll), then what answers the reader's hand, then what prepares ahead.
function inTurn(groups: (() => void)[]) {
	const [first, ...rest] = groups;
	if (first)
		setTimeout(() => {
			first();
			inTurn(rest);
		});
}

inTurn([
	() => {
		// Before the steps: the edition link's place starts from the address, then follows the steps.
		initEditionLink(document);
		initMotionSwitch(document, primeMotionTime);
		primeMotionTime();
		// Listeners only; a reader may print as soon as the page is there.
		initPrint(document);
	},
	() => {
		initScrollies([...document.querySelectorAll<HTMLElement>('[data-scrolly]')], (section, step) => {
			const figure = section.querySelector<HTMLElement>('[data-graphic]');
			if (figure) setGraphicState(figure, step + 1);
			rememberPlace(section.querySelectorAll<HTMLElement>('.step[id]')[step]?.id);
		});
	},
	() => {
		initDetails(document);
		initChartKeys(document);
		initTimeline(document);
		initYearLinks(document);
		initCopyButtons(document);
	},
	() => {
		layOutAhead(document);
		// Each graphic's other states, cloned from their templates while the reader is not scrolling.
		const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200));
		document.querySelectorAll<HTMLElement>('[data-scrolly] [data-graphic]').forEach((figure) => idle(() => prepareStates(figure)));
	}
]);
