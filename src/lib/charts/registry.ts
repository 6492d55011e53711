/**
 * The graphics, in the order the story shows them. Adding a graphic is one folder in
 * src/lib/charts/ with its descriptor (see ./graphic.ts) and one entry here.
 */
import type { GraphicDescriptor } from './graphic';
import { footprintGraphic } from './footprint';
import { mapGraphic } from './map';
import { troopsGraphic } from './troops';
import { timelineGraphic } from './timeline';

export const GRAPHICS: readonly GraphicDescriptor[] = [footprintGraphic, mapGraphic, troopsGraphic, timelineGraphic];

export const graphicNamed = (name: string | undefined) => GRAPHICS.find((g) => g.name === name);
