import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { dataCheck } from './scripts/vite-data-plugin';

export default defineConfig({
	plugins: [dataCheck(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
