// The floor we measure against: a bare SvelteKit page, built and served like the story.
import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter({ pages: 'build', assets: 'build' }) } };
