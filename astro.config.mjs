// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { hastAllowlist } from './src/html/hast-allowlist.ts';

// `scripts/build.ts` builds into a temporary folder and swaps it into `dist/` only when the
// whole build has succeeded, so a failed build never leaves a half-built site.
export default defineConfig({
	// The address the site is published at: printed on PDF covers and used for canonical links.
	// `.example` is a reserved placeholder: set SITE_URL when building for the real site.
	site: process.env.SITE_URL || 'https://4c-leadership-framework.example',
	output: 'static',
	// Other content (tests, the benchmark) keeps its own content cache, apart from the real one's.
	...(process.env.LCF_CONTENT_DIR ? { cacheDir: `${process.env.LCF_CONTENT_DIR}/.astro-cache` } : {}),
	// Content HTML is limited to an allowlist when the pages are made, as `npm run check` demands.
	// Sätteri, Astro 7's processor, runs hast plugins (not rehype ones); MDX inherits it from here.
	markdown: { processor: satteri({ hastPlugins: [hastAllowlist] }) },
	integrations: [mdx()],
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Astro's MDX output starts with a "use astro:head-inject" directive that the bundler
					// warns it may not preserve; Astro handles it itself, so the warning is noise
					// (https://github.com/withastro/astro/issues/18087).
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
