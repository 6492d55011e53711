/**
 * The editions: one entry each. Everything that differs between languages — routes, locale,
 * direction, typeface, the language switch, hreflang, embeds, images, oEmbed, data downloads,
 * validation — reads it from here. Adding a language is one entry (and its texts in data/).
 * Browser-safe: plain data and small pure functions.
 */
export interface Edition {
	/** The language code used in data files ({"en": …, "ar": …}) and in lang="". */
	code: string;
	/** BCP 47 locale for Intl: digits, month names, grouping. */
	locale: string;
	dir: 'ltr' | 'rtl';
	/** The edition's name in its own language, for the language switch. */
	name: string;
	/** Open Graph locale. */
	ogLocale: string;
	/** The typeface: the system's, or Noto Naskh Arabic subset at build time (see FONTS). */
	font: 'system' | 'naskh';
	/** The path prefix: '' for the source edition at /, 'ar' for /ar/. */
	prefix: string;
	/** The list separator of the language (the Arabic comma in Arabic script). */
	comma: string;
	/** Between items that may hold commas themselves (publishers' names): the Arabic semicolon in Arabic script. */
	semicolon: string;
}

export const EDITIONS = [
	{ code: 'en', locale: 'en-GB', dir: 'ltr', name: 'English', ogLocale: 'en_GB', font: 'system', prefix: '', comma: ', ', semicolon: '; ' },
	// ar-IQ: Arabic-Indic digits and the month names used in Iraq (كانون الثاني for January).
	{ code: 'ar', locale: 'ar-IQ', dir: 'rtl', name: 'العربية', ogLocale: 'ar_IQ', font: 'naskh', prefix: 'ar', comma: '، ', semicolon: '؛ ' },
	// Central Kurdish (Sorani), as read in the Kurdistan Region: ckb-IQ gives ٢٧ی کانوونی دووەمی ٢٠٢٤.
	{ code: 'ckb', locale: 'ckb-IQ', dir: 'rtl', name: 'کوردی', ogLocale: 'ckb_IQ', font: 'naskh', prefix: 'ckb', comma: '، ', semicolon: '؛ ' }
] as const satisfies readonly Edition[];

export type Lang = (typeof EDITIONS)[number]['code'];
export const LANGS = EDITIONS.map((e) => e.code) as Lang[];

/** The edition every text is written in first; the others translate it. */
export const SOURCE_EDITION: Edition = EDITIONS[0];
export const SOURCE_LANG = SOURCE_EDITION.code as Lang;
/** The languages that translate the source edition. */
export const TRANSLATED_LANGS = LANGS.filter((l) => l !== SOURCE_LANG);

export const isLang = (code: unknown): code is Lang => typeof code === 'string' && (LANGS as string[]).includes(code);

export function editionOf(lang: string | undefined): Edition {
	return EDITIONS.find((e) => e.code === lang) ?? SOURCE_EDITION;
}

/** The edition a route's optional [[lang]] segment names ('' or undefined: the source edition). */
export function editionOfPrefix(prefix: string | undefined): Edition | undefined {
	return EDITIONS.find((e) => e.prefix === (prefix ?? ''));
}

/** The edition of a path on the site: /ckb/embed/map/ → ckb; /embed/map/ → en. */
export function editionOfPath(pathname: string): Edition {
	const first = pathname.split('/')[1] ?? '';
	return EDITIONS.find((e) => e.prefix && e.prefix === first) ?? SOURCE_EDITION;
}

/** A path inside an edition: editionPath(ar, 'embed/map/') → /ar/embed/map/. */
export const editionPath = (edition: Edition, path = '') => `/${edition.prefix ? `${edition.prefix}/` : ''}${path}`;

/** A file's path inside an edition's folder of files: /images/ar/map.png, /images/map.png. */
export const editionFile = (edition: Edition, file: string) => (edition.prefix ? `${edition.prefix}/${file}` : file);

/** Reads "ar/map.png" back into its edition and the rest ("map.png"); undefined for an unknown prefix. */
export function splitEditionFile(path: string): { edition: Edition; rest: string } | undefined {
	const parts = path.split('/');
	if (parts.length === 1) return { edition: SOURCE_EDITION, rest: path };
	const edition = EDITIONS.find((e) => e.prefix && e.prefix === parts[0]);
	return edition && parts.length === 2 ? { edition, rest: parts[1] } : undefined;
}

/** A reader-facing text in one edition's language (the source text where a translation is missing). */
export const localize = (t: { [lang: string]: string | undefined }, lang: Lang): string => t[lang] ?? t[SOURCE_LANG] ?? '';

export const formatNumber = (n: number, edition: Edition, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(edition.locale, options).format(n);
