/** Reader-facing texts of the data, in one edition's language. */
import type { LocalizedText } from './schema';
import { SOURCE_LANG, localize, type Lang } from '../editions/registry';

/** Every {en, ar, …} object in a value becomes a string in one language. */
export type Localized<T> = T extends LocalizedText
	? string
	: T extends (infer U)[]
		? Localized<U>[]
		: T extends object
			? { [K in keyof T]: Localized<T[K]> }
			: T;

export function localizeDeep<T>(value: T, lang: Lang): Localized<T> {
	if (Array.isArray(value)) return value.map((v) => localizeDeep(v, lang)) as Localized<T>;
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o[SOURCE_LANG] === 'string') return localize(o as LocalizedText, lang) as Localized<T>;
		return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, localizeDeep(v, lang)])) as Localized<T>;
	}
	return value as Localized<T>;
}
