/** The timeline's filter and "show all" already work through CSS; this keeps the "Events shown: N" count true (label first, so no language has to agree a noun with the number). */
export function initTimeline(root: ParentNode) {
	root.querySelectorAll<HTMLElement>('[data-timeline]').forEach((timeline) => {
		const output = timeline.querySelector<HTMLElement>('[data-count]');
		const items = [...timeline.querySelectorAll<HTMLElement>('li.event')];
		const update = () => {
			const chosen = timeline.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? 'all';
			const keyOnly = timeline.classList.contains('key-first') && !timeline.querySelector<HTMLInputElement>('.show-all-toggle')?.checked;
			const n = items.filter((li) => (chosen === 'all' || li.dataset.category === chosen) && (!keyOnly || li.classList.contains('key-event'))).length;
			if (output) output.textContent = `${output.dataset.label ?? ''}: ${new Intl.NumberFormat(output.dataset.locale).format(n)}`;
		};
		// The server already wrote the count for "all": nothing to do until the reader filters.
		timeline.addEventListener('change', update);
	});
}

/**
 * A year link jumps to its heading: the events above it are laid out first (they wait lazily,
 * content-visibility: auto), so that their real heights cannot push the heading away after the
 * jump.
 */
export function initYearLinks(root: Document) {
	root.addEventListener('click', (e) => {
		if (!(e.target instanceof Element) || !e.target.closest('.year-nav a')) return;
		root.querySelectorAll<HTMLElement>('.timeline article.lazy-text').forEach((a) => (a.style.contentVisibility = 'visible'));
	});
}
