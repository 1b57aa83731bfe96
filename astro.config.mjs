// @ts-check
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { previewReport } from './src/collections/preview-report.ts';
import { hastAllowlist } from './src/html/hast-allowlist.ts';

// `scripts/build.ts` builds into a temporary folder and swaps it into `dist/` only when the
// whole build has succeeded, so a failed build never leaves a half-built site.
/**
 * `import url from 'lazy-chunk:./file.ts'`: the address of that module built as a chunk of its own,
 * for an island to `import()` when it needs it. A plain `import('./file.ts')` brings Vite's preload
 * helper, which a chunk with no CSS does not need, and which, shared by two islands, becomes a request
 * of its own on every page with either (https://github.com/vitejs/vite/issues/13952). The chunk is
 * emitted with Rollup's `emitFile` and addressed by `import.meta.ROLLUP_FILE_URL_…`; in `astro dev`
 * the address is the module's own, which Vite serves.
 * @returns {import('vite').Plugin}
 */
function lazyChunk() {
	let serve = false;
	return {
		name: 'lcf-lazy-chunk',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		resolveId(id, importer) {
			if (!id.startsWith('lazy-chunk:') || !importer) return null;
			return `\0lazy-chunk:${path.resolve(path.dirname(importer), id.slice('lazy-chunk:'.length))}`;
		},
		load(id) {
			if (!id.startsWith('\0lazy-chunk:')) return null;
			const file = id.slice('\0lazy-chunk:'.length);
			if (serve) return `export default ${JSON.stringify(`/@fs${file}`)};`;
			return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: file })};`;
		},
	};
}

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
	// In `npm run dev`, bad content shows the checker's report in the browser (see preview-report.ts).
	integrations: [mdx(), previewReport()],
	trailingSlash: 'always',
	// Each page's styles go in the page itself (a <style>, not a stylesheet to fetch): it paints from its first
	// round trip, which a render-blocking stylesheet would double (#23). The pathway page has only its own (reading.css).
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
	vite: {
		plugins: [lazyChunk()],
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
