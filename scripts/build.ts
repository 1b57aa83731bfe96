/**
 * `npm run build`: validates the content, builds the site into a temporary folder, and only when
 * every step has succeeded swaps it into `dist/` (or `LCF_DIST_DIR`). Bad content or a failed step
 * leaves the last good site in place, so a broken or half-built site is never served. One build runs
 * at a time, and one killed mid-swap is put right by the next. `npm run build -- --publish` builds
 * the real site, and refuses to without its address in SITE_URL.
 *
 * The content check and Astro's build run in a process of their own (build-steps/astro-build.ts),
 * which gives its memory back before the steps that work on the built site run here: at 50× the
 * content their peaks no longer add up (docs/performance.md, "Memory"). That process runs with
 * Node and allocator settings that keep its memory near what is live (build-steps/run-apart.ts);
 * `npm run build` gives this one the same Node settings.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { BuildRefused, lockBuild, restoreInterruptedSwap, swapIn } from './build-steps/build-folders.ts';
import { reported, runApart } from './build-steps/run-apart.ts';

const root = process.cwd();
const dist = path.resolve(root, process.env.LCF_DIST_DIR || 'dist');
// Beside `dist` so that the final rename stays on one file system.
const staging = `${dist}.building`;

const shown = path.relative(root, dist) || '.';
const placeholder = 'https://4c-leadership-framework.example';

// A site built to publish must carry its real address: PDFs, canonical links, the sitemap and the open data print it.
if (process.argv.includes('--publish')) {
	const address = process.env['SITE_URL'] ?? '';
	const problem = !address || address.replace(/\/$/, '') === placeholder ? 'is not set' : !/^https:\/\/[^/]+/.test(address) ? `is "${address}", not an https:// address` : '';
	if (problem) {
		console.error(`Nothing was built: a publishing build (--publish) needs the address the site is published at, and SITE_URL ${problem}. Run SITE_URL=https://… npm run build -- --publish.`);
		process.exit(1);
	}
}

await mkdir(path.dirname(dist), { recursive: true });
try {
	// One build at a time: two would build into the same staging folder and swap each other's halves in.
	const { stale } = lockBuild(dist);
	if (stale !== undefined) console.log(`Took over the lock of a build that stopped without releasing it (process ${stale}).`);
} catch (error) {
	if (!(error instanceof BuildRefused)) throw error;
	console.error(error.message);
	process.exit(1);
}
// Before anything else, so that even a build that then fails leaves the last good site in place.
if (restoreInterruptedSwap(dist)) console.log(`Restored the last good site into ${shown}/: the build before this one was stopped while swapping it.`);

await rm(staging, { recursive: true, force: true });
const pages = await runApart(path.join(import.meta.dirname, 'build-steps/astro-build.ts'), [staging, dist]);
if (pages !== 0) {
	await rm(staging, { recursive: true, force: true });
	// Bad content has been listed for the editor, with what became of the last good site.
	if (pages !== reported) console.error(`The build failed, so ${shown}/ is unchanged.`);
	process.exit(1);
}

// Imported only now, so that this process stays small while Astro's build runs (≈ 100 MiB less).
const [{ assertPublishedLinks, ContentError }, { buildSearchIndex }, { buildSitemap }, { buildPdfs }, { writeHostFiles }] = await Promise.all([
	import('./build-steps/published-links.ts'),
	import('./build-steps/search-index.ts'),
	import('./build-steps/sitemap.ts'),
	import('./build-steps/pdf.ts'),
	import('./build-steps/host-files.ts'),
]);
try {
	// Steps that work on the built site, in order; each gets the folder being built.
	// The host files come last: the Content Security Policy names the finished pages' inline scripts.
	for (const step of [assertPublishedLinks, buildSearchIndex, buildSitemap, buildPdfs, writeHostFiles]) await step(staging);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(`The build failed, so ${shown}/ is unchanged.`);
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}

await swapIn(staging, dist);
console.log(`Built the site into ${path.relative(root, dist) || '.'}/`);
// Canonical links, PDFs, the sitemap and the open data carry the site's address: say when it is only the placeholder.
if (!process.env['SITE_URL'])
	console.log(`Its address is the placeholder ${placeholder}: to publish it, build with SITE_URL=https://… npm run build -- --publish.`);
