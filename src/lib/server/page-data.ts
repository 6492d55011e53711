/** What every page's load returns: the validated data turned into one edition's page model. */
import { buildPageModel, type PageModel } from '$lib/story/page-model';
import type { Edition } from '$lib/editions/registry';
import { loadDataset, regionGeo } from './dataset';

/** Where the site is published, for embed codes and oEmbed (set SITE_URL when building for production). */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');
/** Without SITE_URL the pages show a notice in place of embed codes (the build says so too). */
export const SITE_PUBLISHED = !!process.env.SITE_URL;

const models = new Map<string, PageModel>();

/** One edition's page model, built once per build: every page and image of the edition shares it. */
export function storyModel(edition: Edition): PageModel {
	let model = models.get(edition.code);
	if (!model || import.meta.env.DEV) models.set(edition.code, (model = buildPageModel(loadDataset(), regionGeo, edition, SITE_URL, SITE_PUBLISHED)));
	return model;
}
