/**
 * The script of every embed page: applies the options in the address (step, theme), and
 * reports the page's height to the host whenever it changes — growing or shrinking — measured
 * with a ResizeObserver, in our own message, pym.js's format (with pym's childId) and AMP's,
 * and again when the host's loader asks. It sends nothing else.
 */
import { ampSizeMessage, heightMessage, isHeightRequest, pymHeightMessage } from '../embed/protocol.ts';
import { setGraphicState } from './graphics.ts';
import { initDetails } from './details.ts';
import { initTimeline } from './timeline.ts';
import { editionOf, editionOfPath, editionPath, isLang } from '../editions/registry.ts';

const params = new URLSearchParams(location.search);
// ?lang=ar: each edition's embeds are prerendered at their own address (/ar/embed/map/).
const lang = params.get('lang');
const here = editionOfPath(location.pathname);
if (isLang(lang) && lang !== here.code) {
	params.delete('lang');
	const path = here.prefix ? location.pathname.slice(here.prefix.length + 1) : location.pathname;
	const q = params.toString();
	location.replace(`${editionPath(editionOf(lang), path.slice(1))}${q ? `?${q}` : ''}`);
}
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const step = params.get('step');
const figure = document.querySelector<HTMLElement>('[data-graphic]');
if (figure && step) {
	const state = (figure.dataset.stepIds ?? '').split(' ').indexOf(step);
	if (state > 0) setGraphicState(figure, state, true);
}
initDetails(document);
initTimeline(document);

const content = document.querySelector<HTMLElement>('[data-embed]') ?? document.body;
const childId = params.get('childId');
let last = 0;
function report() {
	const height = Math.ceil(content.getBoundingClientRect().height);
	if (height === last || window.parent === window) return;
	last = height;
	window.parent.postMessage(heightMessage(height), '*');
	window.parent.postMessage(ampSizeMessage(height), '*');
	if (childId) window.parent.postMessage(pymHeightMessage(childId, height), '*');
}
new ResizeObserver(report).observe(content);
window.addEventListener('load', report);
// A host's loader that started after this page had reported asks again (only the parent can).
window.addEventListener('message', (event) => {
	if (event.source !== window.parent || !isHeightRequest(event.data)) return;
	last = 0;
	report();
});
report();
