/**
 * What a graphic is, for the rest of the site: one descriptor per graphic, listed in
 * ./registry.ts. The story, the embed pages and their index, the images and oEmbed routes
 * iterate the registry; nothing else names a graphic.
 */
import type { Component } from 'svelte';
import type { GraphicContext, PageModel } from '../story/page-model';
import type { TableSpec } from '../data/tables';

export interface GraphicText {
	title: string;
	caption: string;
	/** The source line under the graphic when it stands alone (embeds, images). */
	source: string;
}

export interface GraphicDescriptor<M = unknown> {
	/** Its name in addresses: /embed/<name>/, /images/<name>.png, /oembed/<name>.json. */
	name: string;
	/** The id of its part of the story, which embeds link back to. */
	anchor: string;
	/** The sheets behind it, offered as "Get the data" (each as CSV, and the editors' JSON file it comes from). */
	dataFiles: readonly TableSpec['name'][];
	/** Its title, caption and source line in one edition. */
	text(page: PageModel): GraphicText;
	/** Its model for one edition, computed at build time. */
	model(ctx: GraphicContext): M;
	/** The graphic alone (what an embed shows). */
	Figure: Component<{ model: M; page: PageModel }>;
	/** Its data as a table, shown on the edition's sources and data page (linked from under the graphic, so the story's page stays light). */
	Table?: Component<{ model: M; page: PageModel }>;
	/** The table's heading there, when the graphic's title does not name what the table lists. */
	tableTitle?(page: PageModel): string;
	/** Its part of the story: heading, graphic, steps, caption, data and embed code. */
	Section: Component<{ model: M; page: PageModel; descriptor: GraphicDescriptor }>;
	/** The standalone SVG image of its overview state. */
	image(model: M, page: PageModel): string;
	/** The ids of its steps, which an embed can be opened at (data-step). */
	steps(model: M): string[];
	/** The iframe height the embed codes carry before the loader sizes the frame (until measured: see embed/heights.ts). */
	height: number;
	/** A reference part, such as the timeline: the story shows it after "What comes next". */
	afterNext?: boolean;
	/** The opening graphic: the story shows it under the headline, before the introduction, so the first screen holds a graphic. */
	lead?: boolean;
}

/** A descriptor with its model's type checked where it is written, and erased in the registry. */
export const defineGraphic = <M>(g: GraphicDescriptor<M>) => g as unknown as GraphicDescriptor<unknown>;
