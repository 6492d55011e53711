/**
 * A build without SITE_URL says so: its embed codes, oEmbed and social images would point at
 * the builder's own computer, so the pages show a notice instead of embed codes.
 */
import type { Plugin } from 'vite';

export function siteUrlNotice(): Plugin {
	let command: 'build' | 'serve' = 'build';
	let said = false;
	return {
		name: 'site-url-notice',
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			if (command !== 'build' || process.env.SITE_URL || said) return;
			said = true;
			console.warn(
				'\n⚠ SITE_URL is not set: this build is for looking at, not for publishing. Its pages show a notice instead of embed codes,\n' +
					'  and its oEmbed and social-image addresses point at http://localhost:4173. Build with SITE_URL=https://your.site npm run build to publish.\n'
			);
		}
	};
}
