/**
 * /embed.js — the loader host pages paste. No dependencies. It turns each
 *   <div data-coalition-embed="map" data-step="…" data-theme="dark"></div>
 * into a full-width, borderless, lazy iframe of the embed, and sizes every embed iframe on the
 * page (its own, or <iframe data-coalition-embed-frame src="…/embed/map/">) to its content.
 * It accepts messages only from the embed's own origin, only from one of those frames (found
 * by event.source), and only of the expected shape with a sane height.
 */
import { embedPath, heightRequest, isHeightMessage } from './protocol.ts';
import { editionOf } from '../editions/registry.ts';

declare global {
	interface Window {
		__coalitionEmbedLoader?: boolean;
	}
}

(function () {
	const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');
	if (!script) return;
	const base = new URL(script.src, location.href);
	const origin = base.origin;
	const root = base.href.replace(/embed\.js(\?.*)?$/, '');

	function create() {
		document.querySelectorAll<HTMLElement>('[data-coalition-embed]:not([data-coalition-embed-ready])').forEach((el) => {
			// A graphic's name: the embed page itself says whether it exists.
			const name = el.getAttribute('data-coalition-embed') ?? '';
			if (!/^[a-z][a-z0-9-]*$/.test(name)) return;
			el.setAttribute('data-coalition-embed-ready', '');
			const frame = document.createElement('iframe');
			const path = embedPath(name, {
				step: el.getAttribute('data-step') ?? undefined,
				theme: (el.getAttribute('data-theme') as 'light' | 'dark' | null) ?? undefined,
				edition: editionOf(el.getAttribute('data-lang') ?? undefined)
			});
			frame.src = root + path.slice(1);
			frame.title = el.getAttribute('data-title') ?? el.getAttribute('aria-label') ?? 'Graphic: US-led coalition in Iraq and Syria';
			frame.loading = 'lazy';
			frame.setAttribute('data-coalition-embed-frame', '');
			frame.setAttribute('scrolling', 'no');
			frame.style.cssText = 'display:block;width:100%;border:0;height:' + (el.getAttribute('data-height') ?? '480') + 'px';
			el.appendChild(frame);
		});
	}

	function frames(): HTMLIFrameElement[] {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), (f: HTMLIFrameElement) => {
			try {
				return new URL(f.src, location.href).origin === origin && /\/embed\/[a-z][a-z0-9-]*\//.test(f.src);
			} catch {
				return false;
			}
		}) as HTMLIFrameElement[];
	}

	create();
	if (window.__coalitionEmbedLoader) return;
	window.__coalitionEmbedLoader = true;
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', create);

	window.addEventListener('message', (event) => {
		if (event.origin !== origin || !isHeightMessage(event.data)) return;
		const frame = frames().filter((f) => f.contentWindow === event.source)[0];
		if (!frame) return;
		frame.style.height = Math.ceil(event.data.height) + 'px';
	});
	// This script is async: a frame may have loaded and told its height before it ran. Such
	// frames are asked again; one still loading will tell its height itself when it is ready.
	// The request carries nothing, so it may go to a sandboxed frame's opaque origin ('*').
	frames().forEach((f) => f.contentWindow?.postMessage(heightRequest(), '*'));
})();
