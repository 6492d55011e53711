/**
 * Makes each [data-scrolly] section follow the reader: the step whose card has passed the
 * reading line is active, its graphic state is applied and a short summary is announced.
 *
 * One IntersectionObserver, whose root ends at the reading line, says when a card crosses the
 * line or a viewport edge. Only then are that section's cards measured, inside the observer's
 * callback, which runs just after the browser's own layout: the reads cost nothing, and the
 * writes wait for the next frame. (Measuring in every animation frame, while the graphics'
 * transitions dirty the styles, is what made frames long on slow phones.) Measuring the whole
 * section, not trusting the one reported card, keeps it right after a jump that carried other
 * cards past the line unreported. The observer reports every card once when it starts, so a
 * reload or a link into the middle of the story starts on the right step, and a section the
 * reader has not reached keeps its server-rendered overview: loading the page writes nothing.
 */
import { activeIndex, readingLine } from '../story/active-step.ts';

export type StepListener = (section: HTMLElement, step: number) => void;

interface Scrolly {
	section: HTMLElement;
	steps: HTMLElement[];
	cards: HTMLElement[];
	/** Each card's top relative to the reading line, as last measured. */
	tops: number[];
	announcer: HTMLElement | null;
	active: number;
	onStep: StepListener;
}

const all: Scrolly[] = [];
const byCard = new Map<Element, Scrolly>();
const wide = window.matchMedia('(min-width: 56em)');
let lineObserver: IntersectionObserver | null = null;
let queued = false;
let reported = false;
let announce = false;
let paused = false;

/** While printing, the graphics hold their overview state whatever the layout does. */
export function pauseScrolly(value: boolean) {
	paused = value;
	if (!paused) {
		all.forEach((s) => (s.active = -2));
		schedule();
	}
}

function update() {
	queued = false;
	if (paused) return;
	for (const s of all) {
		const n = activeIndex(s.tops, 0);
		if (n === s.active || (n < 0 && s.active < 0)) continue;
		const step = Math.max(0, n);
		if (step === s.active) continue;
		// Every card, not only the last active one: after a pause (printing) that one is not known.
		s.steps.forEach((el, i) => {
			el.classList.toggle('active', i === step);
			if (i === step) el.setAttribute('aria-current', 'step');
			else el.removeAttribute('aria-current');
		});
		s.active = step;
		s.onStep(s.section, step);
		if (announce && s.announcer) s.announcer.textContent = s.steps[step].dataset.announce ?? '';
	}
	// The observer's first report is the state at load, not the reader's doing: not announced.
	if (reported) announce = true;
}

function schedule() {
	if (queued) return;
	queued = true;
	requestAnimationFrame(update);
}

/** One observer for every card; its root stops at the reading line, so a crossing is a callback. */
function observeLine() {
	lineObserver?.disconnect();
	const share = readingLine(wide.matches);
	lineObserver = new IntersectionObserver(
		(entries) => {
			// rootBounds is null inside a cross-origin frame, and empty for a card in a section not
			// laid out (content-visibility skips it): the viewport's height stands in.
			const bounds = entries.find((e) => e.rootBounds?.height)?.rootBounds;
			const line = bounds ? bounds.bottom : window.innerHeight * share;
			for (const s of new Set(entries.map((e) => byCard.get(e.target)!))) s.tops = s.cards.map((c) => c.getBoundingClientRect().top - line);
			reported = true;
			schedule();
		},
		{ rootMargin: `0px 0px -${Math.round((1 - share) * 100)}% 0px` }
	);
	byCard.forEach((_, card) => lineObserver!.observe(card));
}

/** Call once with every scrolly section of the page. */
export function initScrollies(sections: HTMLElement[], onStep: StepListener) {
	for (const section of sections) {
		const steps = [...section.querySelectorAll<HTMLElement>(':scope > .steps > .step')];
		const cards = steps.map((s) => s.querySelector<HTMLElement>('.card') ?? s);
		const entry: Scrolly = { section, steps, cards, tops: cards.map(() => Infinity), announcer: section.querySelector('[data-announcer]'), active: -1, onStep };
		all.push(entry);
		cards.forEach((c) => byCard.set(c, entry));
	}
	observeLine();
	wide.addEventListener('change', observeLine);
}
