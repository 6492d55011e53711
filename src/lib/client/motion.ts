/**
 * The motion switch: readers can turn the graphics' animations off (or back on, overriding a
 * reduced-motion setting). The choice is kept in this browser only, and shown on the button.
 */
const KEY = 'coalition-explainer-motion';

/** `onChange` runs after the saved choice is restored or the reader flips the switch. */
export function initMotionSwitch(root: ParentNode, onChange: () => void = () => {}) {
	const html = document.documentElement;
	const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
	const isOn = () => (html.dataset.motion ? html.dataset.motion === 'on' : !reduced.matches);
	const renders: (() => void)[] = [];
	// Opening the browser's storage is slow on a phone's first read; the saved choice is only
	// needed once the reader reaches a graphic, so it is read when the page is idle.
	const restore = () => {
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(KEY);
		} catch {
			/* storage may be blocked */
		}
		if ((saved === 'on' || saved === 'off') && !html.dataset.motion) {
			html.dataset.motion = saved;
			renders.forEach((r) => r());
			onChange();
		}
	};
	if ('requestIdleCallback' in window) requestIdleCallback(restore, { timeout: 1500 });
	else setTimeout(restore, 300);
	root.querySelectorAll<HTMLButtonElement>('[data-motion-switch]').forEach((button) => {
		const state = button.querySelector<HTMLElement>('[data-state]');
		const render = () => {
			button.setAttribute('aria-pressed', String(isOn()));
			if (state) state.textContent = isOn() ? (button.dataset.on ?? 'on') : (button.dataset.off ?? 'off');
		};
		button.classList.add('ready');
		render();
		renders.push(render);
		button.addEventListener('click', () => {
			html.dataset.motion = isOn() ? 'off' : 'on';
			try {
				localStorage.setItem(KEY, html.dataset.motion);
			} catch {
				/* the choice lasts for this page only */
			}
			render();
			onChange();
		});
	});
}
