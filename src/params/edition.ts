/** The optional first segment of a page's path: the prefix of an edition other than the source one. */
import type { ParamMatcher } from '@sveltejs/kit';
import { EDITIONS } from '$lib/editions/registry';

export const match: ParamMatcher = (param) => EDITIONS.some((e) => e.prefix !== '' && e.prefix === param);
