/**
 * The design tokens: colours (light and dark), the map's type sizes and the troop chart's mark
 * shapes. One source for the page's CSS custom properties (written into every page's head by
 * the root layout), for label placement (which measures text at these sizes) and for the
 * downloadable images (which cannot use CSS variables).
 */
export const COLOURS = {
	bg: ['#fbfaf7', '#121417'],
	surface: ['#ffffff', '#1b1e22'],
	text: ['#1b1b1b', '#ecebe6'],
	muted: ['#545454', '#b4b2ab'],
	rule: ['#d6d2c8', '#3a3f45'],
	accent: ['#b3261e', '#ff8a80'],
	link: ['#0b57a4', '#8cc4ff'],
	focus: ['#0b57a4', '#8cc4ff'],
	land: ['#ece8de', '#262a2f'],
	'land-focus': ['#ddd5c2', '#343a41'],
	border: ['#ffffff', '#121417'],
	water: ['#4f7fae', '#6fa3d6'],
	iraq: ['#b3261e', '#ff8a80'],
	syria: ['#1f6f78', '#5fd0d9'],
	gap: ['#8a8478', '#8f8a80'],
	card: ['rgba(255, 255, 255, 0.96)', 'rgba(27, 30, 34, 0.96)'],
	'cat-military': ['#1f6f78', '#5fd0d9'],
	'cat-diplomacy': ['#5b4ba8', '#b7a8ff'],
	'cat-attacks': ['#b3261e', '#ff8a80'],
	'cat-politics': ['#8a5a00', '#e9b95f'],
	/** Sites on the map: US or coalition forces there, and the ring of an attack. */
	forces: ['#0b3c6e', '#8cc4ff'],
	gone: ['#6b6b6b', '#a3a19b']
} as const satisfies Record<string, readonly [string, string]>;

export type ColourName = keyof typeof COLOURS;

/** A colour as the light theme has it: what the downloadable images use. */
export const light = (name: ColourName): string => COLOURS[name][0];

/** Every colour as a custom property, light-dark(light, dark): the page's theme follows the reader's. */
export const TOKENS_CSS = `:root{${Object.entries(COLOURS)
	.map(([name, [l, d]]) => `--${name}:light-dark(${l},${d})`)
	.join(';')}}`;

/**
 * The map's type and marker sizes in viewBox units, for the wide layout and the phone one (where
 * the map is drawn smaller, so its text is larger in map units). The labels are placed at build
 * time for these sizes, and the map's CSS takes them from here too.
 */
export const MAP_TYPE = {
	wide: { place: 13, country: 12, scale: 12, marker: 4.5 },
	narrow: { place: 21, country: 18, scale: 19, marker: 7 }
} as const;
export type LayoutName = keyof typeof MAP_TYPE;

/** The chart's type size in viewBox units, wide and narrow. */
export const CHART_TYPE = { wide: 13, narrow: 21 } as const;

/**
 * Text in the graphics is set larger in Arabic script: Naskh's small x-height makes the same
 * pixel size read smaller than Latin. By the edition's typeface (see the editions registry).
 */
export const TYPE_SCALE = { system: 1, naskh: 1.15 } as const;
export type Typeface = keyof typeof TYPE_SCALE;

/**
 * The same factor for the graphics' text set in HTML (legends, detail boxes, the opening small
 * maps, the timeline's years), as --graphic-type: 1, and the typeface's own on a page whose root
 * carries data-font.
 */
export const GRAPHIC_TYPE_CSS = (Object.entries(TYPE_SCALE) as [Typeface, number][])
	.map(([font, k]) => `${font === 'system' ? ':root' : `:root[data-font="${font}"]`}{--graphic-type:${k}}`)
	.join('');

const scaled = (n: number, font: Typeface) => Math.round(n * TYPE_SCALE[font] * 10) / 10;

/** The map's sizes for an edition's typeface: the text scaled, the markers not. */
export function mapType(font: Typeface) {
	const out = {} as Record<LayoutName, { place: number; country: number; scale: number; marker: number }>;
	for (const [layout, t] of Object.entries(MAP_TYPE) as [LayoutName, (typeof MAP_TYPE)[LayoutName]][])
		out[layout] = { place: scaled(t.place, font), country: scaled(t.country, font), scale: scaled(t.scale, font), marker: t.marker };
	return out;
}

/** The chart's text sizes for an edition's typeface. */
export const chartType = (font: Typeface) => ({ wide: scaled(CHART_TYPE.wide, font), narrow: scaled(CHART_TYPE.narrow, font) });

/** Each kind of troop figure's symbol, as SVG geometry: the chart, its legend and the image share it. */
export const MARKS = {
	official: { tag: 'circle', attrs: { r: 4.5 }, filled: true },
	approximate: { tag: 'circle', attrs: { r: 4.5 }, filled: false },
	authorised: { tag: 'path', attrs: { d: 'M0,-6L6,0L0,6L-6,0Z' }, filled: false },
	disputed: { tag: 'path', attrs: { d: 'M-4.5,-4.5L4.5,4.5M-4.5,4.5L4.5,-4.5' }, filled: false, cross: true },
	unofficial: { tag: 'rect', attrs: { x: -4, y: -4, width: 8, height: 8 }, filled: false }
} as const satisfies Record<string, { tag: 'circle' | 'path' | 'rect'; attrs: Record<string, number | string>; filled: boolean; cross?: boolean }>;
export type MarkKind = keyof typeof MARKS;

/** A bound's glyph ("fewer than", "more than"): a bar at the figure and an arrow towards the side the true number lies on. */
export const BOUND_PATHS = { below: 'M-6,0H6M0,0V13M-3.5,9.5L0,13L3.5,9.5', above: 'M-6,0H6M0,0V-13M-3.5,-9.5L0,-13L3.5,-9.5' } as const;

/**
 * The map's site symbols, by what is drawn: one set for the map, its legend, the footprint
 * panels and the downloadable images. A square for every site; its fill says whether US or
 * coalition forces are there; a ring marks an attack in the step's period.
 */
export const SITE_SYMBOLS = {
	present: { fill: 'forces', stroke: 'surface', half: false, dash: '' },
	leaving: { fill: 'surface', stroke: 'forces', half: true, dash: '' },
	gone: { fill: 'surface', stroke: 'gone', half: false, dash: '' },
	unreported: { fill: 'surface', stroke: 'gone', half: false, dash: '1.6 1.6' }
} as const satisfies Record<string, { fill: ColourName; stroke: ColourName; half: boolean; dash: string }>;
export type SiteSymbolName = keyof typeof SITE_SYMBOLS;
/** The square's half side, the attack ring's radius and stroke, in map units at the wide layout; a claimed-only attack's ring is dashed. */
export const SITE_GEOMETRY = { half: 4.5, ring: 8.5, ringWidth: 2, stroke: 1.5, city: 3, claimedDash: '3 2.4' } as const;

/**
 * The site symbols as CSS, written into every page's head with the colours: a symbol's look
 * follows the data-drawn attribute of the group around it, which the map's script changes
 * from step to step.
 */
export const SITE_SYMBOLS_CSS =
	`.site-sym .ring{fill:none;stroke:var(--cat-attacks);stroke-width:${SITE_GEOMETRY.ringWidth};display:none}` +
	`.site-sym .half{display:none;fill:var(--forces)}` +
	`.site-sym .sq{stroke-width:${SITE_GEOMETRY.stroke}}` +
	`.attacked .site-sym .ring,.site-sym.attacked .ring{display:inline}` +
	`.claimed .site-sym .ring,.site-sym.claimed .ring{display:inline;stroke-dasharray:${SITE_GEOMETRY.claimedDash}}` +
	Object.entries(SITE_SYMBOLS)
		.map(
			([name, s]) =>
				`[data-drawn="${name}"] .site-sym .sq,.site-sym[data-drawn="${name}"] .sq{fill:var(--${s.fill});stroke:var(--${s.stroke})${s.dash ? `;stroke-dasharray:${s.dash}` : ''}}` +
				(s.half ? `[data-drawn="${name}"] .site-sym .half,.site-sym[data-drawn="${name}"] .half{display:inline}` : '')
		)
		.join('') +
	`.site-sym[data-drawn="ring"] .sq{display:none}`;
