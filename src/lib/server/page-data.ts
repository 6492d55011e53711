/** What every page's load returns: the validated data turned into one language's page model. */
import { buildPageModel } from '$lib/data/page-model';
import type { Lang } from '$lib/geo/map-model';
import { loadDataset, regionGeo } from './dataset';

/** Where the site is published, for embed codes and oEmbed (set SITE_URL when building for production). */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');

export function storyModel(lang: Lang = 'en') {
	return { ...buildPageModel(loadDataset(), regionGeo, lang), site: SITE_URL };
}
