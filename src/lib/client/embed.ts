/**
 * The script of every embed page: applies the options in the address (step, theme), and
 * reports the page's height to the host whenever it changes — growing or shrinking — measured
 * with a ResizeObserver, in our own message, pym.js's format (with pym's childId) and AMP's,
 * and again when the host's loader asks. It sends nothing else.
 */
import { ampSizeMessage, heightMessage, isHeightRequest, pymHeightMessage, scrollMessage } from '../embed/protocol.ts';
import { setGraphicState } from './graphics.ts';
import { initDetails } from './details.ts';
import { initChartKeys } from './chart-keys.ts';
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
// ?events=all: the timeline embed shows every event instead of its key events.
if (params.get('events') === 'all')
	document.querySelectorAll<HTMLElement>('[data-events-view]').forEach((el) => (el.hidden = el.dataset.eventsView !== 'all'));
initDetails(document);
initChartKeys(document);
initTimeline(document);

// Links inside the embed (#event-…) bring their target into view without changing the
// frame's address: inside a host page the host scrolls, through its loader.
document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
	if (!link) return;
	const target = document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
	if (!target) return;
	event.preventDefault();
	if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
	target.focus({ preventScroll: true });
	if (window.parent === window) target.scrollIntoView();
	else window.parent.postMessage(scrollMessage(Math.max(0, Math.round(target.getBoundingClientRect().top + window.scrollY))), '*');
});

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
