/**
 * `npm run build`: validates the content, builds the site into a temporary folder, and only when
 * every step has succeeded swaps it into `dist/` (or `LCF_DIST_DIR`). Bad content or a failed step
 * leaves the last good site in place, so a broken or half-built site is never served. One build runs
 * at a time, and one killed mid-swap is put right by the next. `npm run build -- --publish` builds
 * the real site, and refuses to without its address in SITE_URL.
 *
 * `npm run build` runs it with `--max-semi-space-size=4`: V8's default young generation lets the
 * build's peak memory reach ~630 MiB; with 4 MiB semi-spaces it peaks ~80 MiB lower, no slower. And
 * with `--heap-growing-percent=20`: V8 lets its heap grow to several times what is live before it
 * collects (at 50× the content, 909 MiB used of which ≈ 300 live); growing it by a fifth keeps it
 * near what is live, about 500 MiB less at the peak, for more collections (docs/performance.md).
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, formatReport } from '../src/check/problems.ts';
import { BuildRefused, lockBuild, restoreInterruptedSwap, swapIn } from './build-steps/build-folders.ts';
import { writeHostFiles } from './build-steps/host-files.ts';
import { buildPdfs } from './build-steps/pdf.ts';
import { assertPublishedLinks, ContentError } from './build-steps/published-links.ts';
import { buildSearchIndex } from './build-steps/search-index.ts';
import { buildSitemap } from './build-steps/sitemap.ts';
import { validateContent } from '../src/check/validate.ts';

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

const { problems, warnings } = await validateContent(root);
if (warnings.length) console.warn(['Warning:', ...warnings.map((w) => `  ${formatProblem(w)}`), ''].join('\n'));
if (problems.length) {
	const kept = existsSync(dist) ? ` The last good site in ${path.relative(root, dist)}/ is unchanged.` : '';
	console.error(formatReport(problems, `Nothing was built.${kept}`));
	process.exit(1);
}

// Imported only now: loading Astro takes a moment, and bad content should fail fast.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');
await rm(staging, { recursive: true, force: true });
try {
	await build({ root, outDir: staging, logLevel: 'warn' });
	// Steps that work on the built site, in order; each gets the folder being built.
	// The host files come last: the Content Security Policy names the finished pages' inline scripts.
	for (const step of [assertPublishedLinks, buildSearchIndex, buildSitemap, buildPdfs, writeHostFiles]) await step(staging);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(`The build failed, so ${path.relative(root, dist)}/ is unchanged.`);
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}

await swapIn(staging, dist);
console.log(`Built the site into ${path.relative(root, dist) || '.'}/`);
// Canonical links, PDFs, the sitemap and the open data carry the site's address: say when it is only the placeholder.
if (!process.env['SITE_URL'])
	console.log(`Its address is the placeholder ${placeholder}: to publish it, build with SITE_URL=https://… npm run build -- --publish.`);
