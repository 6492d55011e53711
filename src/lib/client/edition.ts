/**
 * The links to the other editions keep the reader's place: when one is followed, it points at
 * the step the reader is at, or was last at before going up to the switch in the header (the
 * ids are the same in every edition), or else at the section or event at the reading line.
 */
let lastPlace = '';
/** Whether the switch is on screen, told by an observer: a step change reads no layout. */
let switchInView = false;

/** Called when a step turns active; ignored while the switch is in view (the reader went up to it). */
export function rememberPlace(id: string | undefined) {
	if (id && !switchInView) lastPlace = id;
}

function placeNow(): string {
	const line = window.innerHeight * 0.5;
	let here = '';
	for (const el of document.querySelectorAll<HTMLElement>('.step[id], main h2[id], li.event[id]')) {
		if (el.getBoundingClientRect().top <= line) here = el.id;
	}
	return here;
}

export function initEditionLink(root: ParentNode) {
	const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-edition-link]')];
	if (!links.length) return;
	const nav = links[0].closest('nav') ?? links[0];
	switchInView = true;
	new IntersectionObserver((entries) => (switchInView = entries[entries.length - 1].isIntersecting)).observe(nav);
	lastPlace = decodeURIComponent(location.hash.slice(1));
	links.forEach((link) => {
		const base = link.getAttribute('href')!.split('#')[0];
		// Only when the reader reaches for it: nothing runs while scrolling.
		const update = () => {
			const here = lastPlace || placeNow();
			link.href = here ? `${base}#${here}` : base;
		};
		for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
	});
}
