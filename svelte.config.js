import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// One request fewer before the first paint: the story's CSS is small enough to inline.
		inlineStyleThreshold: 40_000
	}
};

export default config;
