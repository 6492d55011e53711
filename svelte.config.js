import adapter from '@sveltejs/adapter-static';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const staticSite = adapter({ pages: 'build', assets: 'build', strict: true });

/** Every file named `name` under `dir`. */
const filesNamed = (dir, name) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesNamed(join(dir, e.name), name) : e.name === name ? [join(dir, e.name)] : []));

/**
 * The static site, less the `__data.json` SvelteKit writes beside each prerendered page for
 * client-side navigation. Pages here ship no framework code (csr = false), so nothing reads
 * them: they would only publish each edition's whole page model (megabytes) beside its page.
 */
const site = {
	name: 'static-pages-only',
	async adapt(builder) {
		await staticSite.adapt(builder);
		for (const file of filesNamed('build', '__data.json')) rmSync(file);
	}
};

/** Each short scoped-class name and the full hash it was cut from, to catch two components sharing one. */
const shortNames = new Map();

/** @param {{ hash: (input: string) => string, css: string, filename?: string }} input */
function shortCssHash({ hash, css, filename }) {
	const full = hash(css);
	const short = `s-${full.slice(-4)}`;
	const seen = shortNames.get(short);
	// (A component's own earlier CSS, in a dev server's session, may have had it: that is no clash.)
	if (seen && seen.full !== full && seen.filename !== filename) throw new Error(`${filename} and ${seen.filename} would share the scoped class "${short}": lengthen the cut in svelte.config.js`);
	shortNames.set(short, { full, filename });
	return short;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Scoped class names appear about 2,000 times in a story page: "s-" and four characters of
		// the component's CSS hash instead of "svelte-" and seven keep about 1 kB (gzip) off each
		// edition's document. Still a hash of the CSS, so stable between builds.
		cssHash: shortCssHash
	},
	kit: {
		adapter: site,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// One request fewer before the first paint: the story's CSS is small enough to inline.
		inlineStyleThreshold: 40_000,
		// A strict policy, written into each prerendered page as a <meta> tag. Scripts come only
		// from the site itself (no inline scripts at all); styles may be inline because the
		// server-rendered graphics position their marks with style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
