/** What every page's load returns: the validated data turned into one language's page model. */
import { buildPageModel } from '$lib/data/page-model';
import type { Lang } from '$lib/data/locale';
import { DataError } from '$lib/data/validate';
import { loadDataset, missingTexts, regionGeo } from './dataset';

/** Where the site is published, for embed codes and oEmbed (set SITE_URL when building for production). */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');

export function storyModel(lang: Lang = 'en') {
	// An edition is built only when every reader-facing text has its translation.
	if (lang !== 'en') {
		const missing = missingTexts(lang);
		if (missing.length) throw new DataError(missing.map((m) => ({ ...m, severity: 'error' as const })));
	}
	return { ...buildPageModel(loadDataset(), regionGeo, lang), site: SITE_URL };
}
