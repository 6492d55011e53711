/**
 * The height each embed code carries before a loader sizes the frame: the embed's content
 * height at the codes' stated width (EMBED_WIDTH), measured on the built pages in every edition
 * by `npm run embed:heights` and kept in heights.json. The test suite measures again and fails
 * when a change to the data or the layout makes a graphic taller than its code says.
 */
import measured from './heights.json';

/** The width every embed code states (iframe width, oEmbed width). */
export const EMBED_WIDTH = 640;

export const embedHeight = (graphic: { name: string; height: number }): number => (measured as Record<string, number>)[graphic.name] ?? graphic.height;
