/**
 * The story's long parts (step cards, sticky graphics, events, sources, tables) carry
 * `data-lazy` and `content-visibility: auto`: the browser skips laying them out while the page
 * loads, which keeps loading short. Left that way, each one would be laid out and painted in the
 * very frame it nears the screen, and skipped again once it has gone by: work in the middle of
 * the reader's scroll. So once the page is idle, this lays them out ahead, a few per frame,
 * nearest to the reader first, and scrolling finds them ready.
 *
 * It starts when the page is first idle, not when the reader first scrolls: started then, its
 * frames land in the middle of the scroll, which is what it is meant to spare.
 *
 * Without JavaScript they simply stay lazy; nothing depends on this having run.
 */

/** Runs `fn` when the browser has nothing more urgent to do (Safari has no idle callback). */
function whenIdle(fn: () => void) {
	if ('requestIdleCallback' in window) requestIdleCallback(() => fn(), { timeout: 2000 });
	else setTimeout(fn, 50);
}

/** How far an element is from the screen, in pixels; 0 when it is on it. */
function distance(el: Element, viewport: number) {
	const box = el.getBoundingClientRect();
	if (box.bottom < 0) return -box.bottom;
	if (box.top > viewport) return box.top - viewport;
	return 0;
}

/** When the reader last scrolled: a batch waits until the scroll has paused. */
let lastScroll = 0;

/** Starts laying out every `[data-lazy]` element in `root`, `perFrame` of them in each frame. */
export function layOutAhead(root: ParentNode, perFrame = 2) {
	window.addEventListener('scroll', () => (lastScroll = performance.now()), { passive: true });
	whenIdle(() => {
		const viewport = window.innerHeight;
		// The scrolly sections first, each with its sticky graphic: a graphic is the heaviest
		// part to lay out, and one met unprepared mid-scroll costs a frame. Then the rest,
		// nearest to the reader first, each just after the blocks that hold it, all measured by
		// the outermost one: measuring a part inside a block not yet laid out would make the
		// browser lay the whole block out at once to answer.
		const rank = (el: HTMLElement) => {
			let outer = el;
			let depth = 0;
			for (let a = el.parentElement?.closest<HTMLElement>('[data-lazy]'); a; a = a.parentElement?.closest<HTMLElement>('[data-lazy]')) {
				outer = a;
				depth++;
			}
			const first = el.matches('[data-scrolly]') ? -1e9 : 0;
			return first + distance(outer, viewport) + depth / 2;
		};
		// A sticky graphic is not queued: it goes with its section (below).
		const graphicsOf = (section: HTMLElement) => section.querySelectorAll<HTMLElement>('.sticky-graphic[data-lazy]');
		const queue = [...root.querySelectorAll<HTMLElement>('[data-lazy]')]
			.filter((el) => !el.matches('[data-scrolly][data-lazy] .sticky-graphic'))
			.map((el) => ({ el, r: rank(el) }))
			.sort((a, b) => a.r - b.r)
			.map((x) => x.el);
		// Each batch is styled, laid out and painted in three tasks: left to one frame, the three
		// together made a task long enough to hold up a slow phone. The first two start just
		// after a frame, so that both come before the next one, which then only paints.
		const next = () => requestAnimationFrame(() => setTimeout(reveal));
		const reveal = () => {
			// Mid-scroll, the frames belong to the reader: the parts the scroll reaches are laid
			// out by the browser as they come (content-visibility: auto), and this waits.
			if (performance.now() - lastScroll < 150) {
				setTimeout(() => whenIdle(next), 150);
				return;
			}
			// A scrolly section with its sticky graphic (a few hundred marks and labels) is a
			// batch of its own: two graphics at once made a task long enough to hold up a slow
			// phone. The graphic goes with its section: left behind, the browser would lay it out
			// in the section's first frame if it is near the screen.
			const section = queue[0]?.matches('[data-scrolly]') ? queue[0] : undefined;
			const batch = section ? [...queue.splice(0, 1), ...graphicsOf(section)] : queue.splice(0, perFrame);
			if (!batch.length) return;
			for (const el of batch) el.style.contentVisibility = 'visible';
			// Reading a computed style restyles the page; reading a size, next, lays it out.
			void getComputedStyle(batch[0]).color;
			setTimeout(() => {
				void batch[0].offsetHeight;
				// The next batch starts just after the frame that paints this one.
				if (queue.length) next();
			});
		};
		next();
	});
}
