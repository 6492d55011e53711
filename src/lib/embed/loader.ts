/**
 * /embed.js — the loader host pages paste. No dependencies. It turns each
 *   <div data-coalition-embed="map" data-embed-origin="https://SITE" data-step="…"></div>
 * into a full-width, borderless, lazy iframe of the embed, and sizes every embed iframe on the
 * page (its own, or a pasted <iframe data-coalition-embed-frame src="https://SITE/embed/map/">)
 * to its content. It works served from the embed's site or copied to the host's own (as a
 * strict script-src 'self' requires): the embed origin is the one the snippet names
 * (data-embed-origin on the div or on this script, or the iframe's own src), else this
 * script's. It owns the frames' box model, so the host's CSS cannot clip or widen them.
 * It accepts messages only from one of those frames (found by event.source), from the frame's
 * own origin (or the opaque one of a sandbox without allow-same-origin), of the expected shape.
 */
import { embedPath, heightRequest, isHeightMessage, isScrollMessage } from './protocol.ts';
import { editionOf } from '../editions/registry.ts';

declare global {
	interface Window {
		__coalitionEmbedLoader?: boolean;
	}
}

/** The box every embed frame gets, whatever the host's stylesheet says about iframes. */
const BOX: [string, string][] = [
	['display', 'block'],
	['width', '100%'],
	['max-width', '100%'],
	['min-width', '0'],
	['border', '0'],
	['padding', '0'],
	['margin', '0'],
	['box-sizing', 'border-box']
];
const EMBED_PATH = /\/embed\/[a-z][a-z0-9-]*\/?(\?|$)/;

(function () {
	const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="embed.js"]');
	if (!script) return;
	const originOf = (url: string | null | undefined) => {
		try {
			return url ? new URL(url, location.href).origin : '';
		} catch {
			return '';
		}
	};
	const defaultOrigin = originOf(script.getAttribute('data-embed-origin')) || originOf(script.src);

	function own(frame: HTMLIFrameElement) {
		for (const [k, v] of BOX) frame.style.setProperty(k, v, 'important');
		// Sized by this loader: no scroll bars of its own (without the loader it may scroll).
		frame.setAttribute('scrolling', 'no');
	}

	function create() {
		document.querySelectorAll<HTMLElement>('[data-coalition-embed]:not([data-coalition-embed-ready])').forEach((el) => {
			// A graphic's name: the embed page itself says whether it exists.
			const name = el.getAttribute('data-coalition-embed') ?? '';
			if (!/^[a-z][a-z0-9-]*$/.test(name)) return;
			const origin = originOf(el.getAttribute('data-embed-origin')) || defaultOrigin;
			if (!origin) return;
			el.setAttribute('data-coalition-embed-ready', '');
			const frame = document.createElement('iframe');
			const path = embedPath(name, {
				step: el.getAttribute('data-step') ?? undefined,
				theme: (el.getAttribute('data-theme') as 'light' | 'dark' | null) ?? undefined,
				edition: editionOf(el.getAttribute('data-lang') ?? undefined),
				events: el.getAttribute('data-events') === 'all' ? 'all' : undefined
			});
			frame.src = origin + path;
			frame.title = el.getAttribute('data-title') ?? el.getAttribute('aria-label') ?? 'Graphic: US-led coalition in Iraq and Syria';
			frame.loading = 'lazy';
			frame.setAttribute('data-coalition-embed-frame', '');
			frame.style.height = (el.getAttribute('data-height') ?? '480') + 'px';
			own(frame);
			el.appendChild(frame);
		});
	}

	/** Every embed frame on the page: marked as one by the snippet, or an embed address on the embed origin. */
	function frames(): HTMLIFrameElement[] {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), (f: HTMLIFrameElement) => {
			if (!EMBED_PATH.test(f.src)) return false;
			return f.hasAttribute('data-coalition-embed-frame') || originOf(f.src) === defaultOrigin;
		}) as HTMLIFrameElement[];
	}

	/** The frame a message comes from, if it is one of ours and speaks from its own origin. */
	function sender(event: MessageEvent): HTMLIFrameElement | undefined {
		const frame = frames().filter((f) => f.contentWindow === event.source)[0];
		if (!frame) return undefined;
		const opaque = event.origin === 'null' && frame.sandbox.length > 0 && !frame.sandbox.contains('allow-same-origin');
		return event.origin === originOf(frame.src) || opaque ? frame : undefined;
	}

	const askAll = () => frames().forEach((f) => f.contentWindow?.postMessage(heightRequest(), '*'));

	create();
	frames().forEach(own);
	if (window.__coalitionEmbedLoader) return;
	window.__coalitionEmbedLoader = true;
	if (document.readyState === 'loading')
		document.addEventListener('DOMContentLoaded', () => {
			create();
			frames().forEach(own);
		});

	window.addEventListener('message', (event) => {
		if (isHeightMessage(event.data)) {
			const frame = sender(event);
			if (frame) frame.style.setProperty('height', Math.ceil(event.data.height) + 'px', 'important');
		} else if (isScrollMessage(event.data)) {
			// An in-embed link: bring that part of the embed into the host's view.
			const frame = sender(event);
			if (frame) window.scrollTo({ top: frame.getBoundingClientRect().top + window.scrollY + event.data.top - 8 });
		}
	});
	// This script is async: a frame may have loaded and told its height before it ran. Such
	// frames are asked again; one still loading will tell its height itself when it is ready.
	// The request carries nothing, so it may go to a sandboxed frame's opaque origin ('*').
	askAll();
	// A frame out of view is not rendered, so its own resize observer may not run when the page's
	// width changes: each frame is asked for its height again once a resize has settled.
	let settle = 0;
	window.addEventListener('resize', () => {
		clearTimeout(settle);
		settle = window.setTimeout(askAll, 200);
	});
})();
