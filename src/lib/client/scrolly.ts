/**
 * Makes each [data-scrolly] section follow the reader: the step whose card has passed the
 * reading line is active, its graphic state is applied and a short summary is announced.
 * IntersectionObserver says when to look; then every section's cards are measured at once
 * (reads first, writes after, one layout per frame). Measuring rather than trusting the order
 * of callbacks keeps it right after a jump, a fast scroll, a resize or a reload mid-story.
 * Until the reader reaches a section its graphic keeps the server-rendered overview, so
 * loading the page writes nothing.
 */
import { activeIndex } from '../story/active-step.ts';

export type StepListener = (section: HTMLElement, step: number) => void;

interface Scrolly {
	section: HTMLElement;
	steps: HTMLElement[];
	cards: HTMLElement[];
	announcer: HTMLElement | null;
	active: number;
	/** Near the viewport: only these are measured, so far-off sections are never laid out early. */
	near: boolean;
	onStep: StepListener;
}

const all: Scrolly[] = [];
let queued = false;
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
	const line = window.innerHeight * (window.matchMedia('(min-width: 56em)').matches ? 0.6 : 0.85);
	// Reads…
	const next = all.map((s) => (s.near ? activeIndex(s.cards.map((c) => c.getBoundingClientRect().top), line) : s.active));
	// …then writes.
	all.forEach((s, i) => {
		const n = next[i];
		if (n === s.active || (n < 0 && s.active < 0)) return;
		const step = Math.max(0, n);
		if (step === s.active) return;
		s.steps[s.active]?.classList.remove('active');
		s.active = step;
		s.steps[step].classList.add('active');
		s.onStep(s.section, step);
		if (announce && s.announcer) s.announcer.textContent = s.steps[step].dataset.announce ?? '';
	});
}

export function schedule() {
	if (queued) return;
	queued = true;
	requestAnimationFrame(update);
}

export function initScrolly(section: HTMLElement, onStep: StepListener) {
	const steps = [...section.querySelectorAll<HTMLElement>(':scope > .steps > .step')];
	const cards = steps.map((s) => s.querySelector<HTMLElement>('.card') ?? s);
	const entry: Scrolly = { section, steps, cards, announcer: section.querySelector('[data-announcer]'), active: -1, near: false, onStep };
	all.push(entry);
	new IntersectionObserver(
		([e]) => {
			entry.near = e.isIntersecting;
			schedule();
		},
		{ rootMargin: '50% 0px' }
	).observe(section);
	const observer = new IntersectionObserver(schedule, { threshold: [0, 0.25, 0.5, 0.75, 1] });
	cards.forEach((c) => observer.observe(c));
	if (all.length === 1) for (const type of ['resize', 'hashchange', 'scrollend', 'orientationchange']) window.addEventListener(type, schedule);
	schedule();
	// Announce only what the reader's own scrolling changes, not the state at load.
	requestAnimationFrame(() => requestAnimationFrame(() => (announce = true)));
}
