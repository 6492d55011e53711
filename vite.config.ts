import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dataCheck } from './scripts/vite-data-plugin.ts';
import { clientScripts } from './scripts/vite-client-plugin.ts';
import { siteUrlNotice } from './scripts/vite-site-url-plugin.ts';

export default defineConfig({
	plugins: [dataCheck(), siteUrlNotice(), clientScripts(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
