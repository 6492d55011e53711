/**
 * The edition's sources and data page: every source, each graphic's data as a table, and the
 * data files. They live on a page of their own so the story's page carries only the story
 * (its document stays within its size budget: see docs/PERFORMANCE.md).
 */
import { editionPath, type Edition } from '../editions/registry';

export const SOURCES_PATH = 'sources/';

/** The id of a graphic's table on that page. */
export const tableAnchor = (graphicName: string) => `${graphicName}-table`;

/** /sources/, /ar/sources/#troops-table… */
export const sourcesPageHref = (edition: Edition, anchor = '') => `${editionPath(edition, SOURCES_PATH)}${anchor ? `#${anchor}` : ''}`;
