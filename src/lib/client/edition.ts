/**
 * The link to the other edition keeps the reader's place: when it is followed, it points at
 * the step, section or event the reader is at (the ids are the same in both editions).
 */
export function initEditionLink(root: ParentNode) {
	root.querySelectorAll<HTMLAnchorElement>('[data-edition-link]').forEach((link) => {
		const base = link.getAttribute('href')!.split('#')[0];
		const update = () => {
			const line = window.innerHeight * 0.5;
			let here = '';
			for (const el of document.querySelectorAll<HTMLElement>('.step[id], main h2[id], li.event[id], #sources li[id]')) {
				if (el.getBoundingClientRect().top <= line) here = el.id;
			}
			link.href = here ? `${base}#${here}` : base;
		};
		// Only when the reader reaches for it: nothing runs while scrolling.
		for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
	});
}
