// The sources and data page, once per edition (/sources/, /ar/sources/…), from the same page model as the story.
export { entries, load } from '../+page.server';
