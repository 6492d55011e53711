/** The editions' languages and the locales their numbers and dates are written in. */
export type Lang = 'en' | 'ar';
export const LANGS: Lang[] = ['en', 'ar'];
/** ar-IQ: Arabic-Indic digits and the month names used in Iraq (كانون الثاني for January). */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar-IQ' };
export const isRtl = (lang: Lang) => lang === 'ar';
export const formatNumber = (n: number, lang: Lang, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(LOCALES[lang], options).format(n);
/** The edition's home: / for English, /ar/ for Arabic. */
export const editionRoot = (lang: Lang) => (lang === 'en' ? '/' : `/${lang}/`);

/** A reader-facing text in one edition's language (English where a translation is missing). */
export const localize = (t: { en: string; ar?: string }, lang: Lang) => (lang === 'ar' ? (t.ar ?? t.en) : t.en);
