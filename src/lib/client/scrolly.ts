/**
 * Makes each [data-scrolly] section follow the reader: the step whose card has passed the
 * reading line is active, its graphic state is applied and a short summary is announced.
 * IntersectionObserver says when to look; measuring every card (there are few) rather than
 * trusting the order of callbacks keeps it right after a jump, a fast scroll, a resize or a
 * reload mid-story.
 */
import { activeIndex } from '../story/active-step.ts';

export type StepListener = (section: HTMLElement, step: number) => void;

export function initScrolly(section: HTMLElement, onStep: StepListener) {
	const steps = [...section.querySelectorAll<HTMLElement>(':scope > .steps > .step')];
	const cards = steps.map((s) => s.querySelector<HTMLElement>('.card') ?? s);
	const announcer = section.querySelector<HTMLElement>('[data-announcer]');
	const wide = window.matchMedia('(min-width: 56em)');
	let active = -1;
	let announce = false;

	const measure = () => {
		const line = window.innerHeight * (wide.matches ? 0.6 : 0.85);
		const next = Math.max(0, activeIndex(cards.map((c) => c.getBoundingClientRect().top), line));
		if (next === active) return;
		steps[active]?.classList.remove('active');
		active = next;
		steps[active].classList.add('active');
		onStep(section, active);
		if (announce && announcer) announcer.textContent = steps[active].dataset.announce ?? '';
	};

	let queued = false;
	const schedule = () => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(() => {
			queued = false;
			measure();
		});
	};
	const observer = new IntersectionObserver(schedule, { threshold: [0, 0.25, 0.5, 0.75, 1] });
	cards.forEach((c) => observer.observe(c));
	for (const type of ['resize', 'hashchange', 'scrollend', 'orientationchange']) window.addEventListener(type, schedule);
	measure();
	// Announce only what the reader's own scrolling changes, not the state at load.
	announce = true;
}
