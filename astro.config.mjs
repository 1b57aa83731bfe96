// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// `scripts/build.ts` builds into a temporary folder and swaps it into `dist/` only when the
// whole build has succeeded, so a failed build never leaves a half-built site.
export default defineConfig({
	output: 'static',
	outDir: process.env.LCF_OUT_DIR ?? 'dist',
	// Other content (tests, the benchmark) keeps its own content cache, apart from the real one's.
	...(process.env.LCF_CONTENT_DIR ? { cacheDir: `${process.env.LCF_CONTENT_DIR}/.astro-cache` } : {}),
	integrations: [mdx()],
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
