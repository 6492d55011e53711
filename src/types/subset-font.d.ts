declare module 'subset-font' {
	/** Subsets a font (TTF, OTF, WOFF or WOFF2) to the given text's glyphs. */
	export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] }): Promise<Buffer>;
}
