/**
 * How an embedded graphic tells its host page how tall it is. Three dialects, so it fits the
 * host's habits: our own namespaced message (read by /embed.js), pym.js v1's string format
 * (when the frame was opened with pym's childId), and AMP's embed-size message.
 */
import { editionPath, type Edition } from '../editions/registry.ts';

export const MESSAGE_SOURCE = 'coalition-explainer-embed';
export const MAX_HEIGHT = 20_000;

export interface HeightMessage {
	source: typeof MESSAGE_SOURCE;
	type: 'height';
	height: number;
}

export const heightMessage = (height: number): HeightMessage => ({ source: MESSAGE_SOURCE, type: 'height', height });

/** Only our own shape, with a sane height, is accepted. */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (!data || typeof data !== 'object') return false;
	const d = data as Record<string, unknown>;
	return (
		d.source === MESSAGE_SOURCE &&
		d.type === 'height' &&
		typeof d.height === 'number' &&
		Number.isFinite(d.height) &&
		d.height > 0 &&
		d.height <= MAX_HEIGHT
	);
}

/**
 * The loader's question to the frames already on the page when it starts: a frame that loaded
 * first has told its height before anyone was listening, so it is asked to tell it again.
 * It carries nothing, and the answer is the same height message every host already gets.
 */
export interface HeightRequest {
	source: typeof MESSAGE_SOURCE;
	type: 'request-height';
}

export const heightRequest = (): HeightRequest => ({ source: MESSAGE_SOURCE, type: 'request-height' });

export function isHeightRequest(data: unknown): data is HeightRequest {
	if (!data || typeof data !== 'object') return false;
	const d = data as Record<string, unknown>;
	return d.source === MESSAGE_SOURCE && d.type === 'request-height';
}

/**
 * An embed's request to its host to bring a part of it into view (an in-embed link such as
 * #event-…): `top` is the part's distance from the top of the embed, in CSS pixels.
 */
export interface ScrollMessage {
	source: typeof MESSAGE_SOURCE;
	type: 'scroll';
	top: number;
}

export const scrollMessage = (top: number): ScrollMessage => ({ source: MESSAGE_SOURCE, type: 'scroll', top });

export function isScrollMessage(data: unknown): data is ScrollMessage {
	if (!data || typeof data !== 'object') return false;
	const d = data as Record<string, unknown>;
	return d.source === MESSAGE_SOURCE && d.type === 'scroll' && typeof d.top === 'number' && Number.isFinite(d.top) && d.top >= 0 && d.top <= MAX_HEIGHT;
}

export const pymHeightMessage = (childId: string, height: number) => `pymxPYMx${childId}xPYMxheightxPYMx${height}`;

export const ampSizeMessage = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height });

export interface EmbedOptions {
	step?: string;
	theme?: 'light' | 'dark' | 'auto';
	/** The edition: each has its own prerendered embeds (/embed/map/, /ar/embed/map/). */
	edition?: Edition;
	/** The timeline embed shows its key events; 'all' shows every event. */
	events?: 'all';
}

/** The address of an embed page, with only the options that are set. */
export function embedPath(name: string, options: EmbedOptions = {}): string {
	const params = new URLSearchParams();
	if (options.step) params.set('step', options.step);
	if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
	if (options.events === 'all') params.set('events', 'all');
	const q = params.toString();
	const base = options.edition ? editionPath(options.edition, `embed/${name}/`) : `/embed/${name}/`;
	return `${base}${q ? `?${q}` : ''}`;
}
