/**
 * `npm run build`: validates the content, builds the site into a temporary folder, and only when
 * every step has succeeded swaps it into `dist/` (or `LCF_DIST_DIR`). Bad content or a failed step
 * leaves the last good site in place, so a broken or half-built site is never served.
 *
 * `npm run build` runs it with `--max-semi-space-size=4`: V8's default young generation lets the
 * build's peak memory reach ~630 MiB; with 4 MiB semi-spaces it peaks ~80 MiB lower, no slower.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, formatReport } from '../src/source/problems.ts';
import { buildPdfs } from './lib/pdf.ts';
import { assertPublishedLinks, ContentError } from './lib/published-links.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { buildSitemap } from './lib/sitemap.ts';
import { validateContent } from '../src/source/validate.ts';

const root = process.cwd();
const dist = path.resolve(root, process.env.LCF_DIST_DIR || 'dist');
// Beside `dist` so that the final rename stays on one file system.
const staging = `${dist}.building`;

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
await mkdir(path.dirname(dist), { recursive: true });
await rm(staging, { recursive: true, force: true });
try {
	await build({ root, outDir: staging, logLevel: 'warn' });
	// Steps that work on the built site, in order; each gets the folder being built.
	for (const step of [assertPublishedLinks, buildSearchIndex, buildSitemap, buildPdfs]) await step(staging);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(`The build failed, so ${path.relative(root, dist)}/ is unchanged.`);
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}

const previous = `${dist}.previous`;
await rm(previous, { recursive: true, force: true });
if (existsSync(dist)) await rename(dist, previous);
await rename(staging, dist);
await rm(previous, { recursive: true, force: true });
console.log(`Built the site into ${path.relative(root, dist) || '.'}/`);
// Canonical links, PDFs, the sitemap and the open data carry the site's address: say when it is only the placeholder.
if (!process.env['SITE_URL'])
	console.log('Its address is the placeholder https://4c-leadership-framework.example: to publish it, build with SITE_URL=https://… npm run build.');
