/**
 * The weight budgets of budgets.test.ts, held on a site generated at 2× the real content: four
 * pathways, as when Pathways 1 and 4 arrive. Pages that list every pathway grow with them, so a
 * budget that holds only at 1× fails here first. The same tests, not a copy of them: budgets.test.ts
 * is loaded with `LCF_DIST_DIR` pointing at the 2× site (tests/helpers/dist.ts reads it once). So is
 * the search budget (tests/browser/search-budget.test.ts): Pagefind's metadata lists every record, so
 * opening search and a first query cost more as the content grows (≈ 96 KB here against ≈ 94 at 1×).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstLoadGzip, measureSite } from '../../scripts/tools/measure.ts';
// Not tests/helpers/dist.ts: it must first be loaded below, once LCF_DIST_DIR names the 2× site.
import { projectRoot } from '../helpers/fixtures.ts';
import { scaledSite } from '../helpers/scaled-site.ts';

const site = await scaledSite(2);

describe('the 2× site', () => {
	test('has twice the pathways of the real content, each with its page', () => {
		const real = readdirSync(path.join(projectRoot, 'content/pathways')).length;
		const built = readdirSync(path.join(site.dist, 'pathways'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
		expect(site.content.pathways).toBe(2 * real);
		expect(built).toHaveLength(2 * real);
	});
});

const before = process.env['LCF_DIST_DIR'];
process.env['LCF_DIST_DIR'] = site.dist;
try {
	await import('./budgets.test.ts');
	await import('../browser/search-budget.test.ts');
} finally {
	if (before === undefined) delete process.env['LCF_DIST_DIR'];
	else process.env['LCF_DIST_DIR'] = before;
}

// Pages that list every pathway show two in full (src/lib/pathways-shown.ts): each pathway more adds a link
// or an entry, never its attributes. At 0.3 KB a pathway, the largest (/compare/, ≈ 26 KB) stays within the
// 60 KB page budget at 50× (100 pathways); showing every pathway, /compare/ grew by 2.3 KB a pathway.
describe('pages that list every pathway', () => {
	const realDist = path.resolve(projectRoot, before || 'dist');
	const real = measureSite(realDist);
	const scaled = new Map(measureSite(site.dist).pages.map((page) => [page.url, page]));
	const added = site.content.pathways - readdirSync(path.join(projectRoot, 'content/pathways')).length;
	/** How many pathways a page shows in full: its columns or sections are marked with their pathway. */
	const inFull = (dist: string, url: string) => new Set([...readFileSync(path.join(dist, url, 'index.html'), 'utf8').matchAll(/ data-pathway="([^"]+)"/g)].map((m) => m[1])).size;
	// An area with attributes in one real pathway only shows a second in full at 2×, once: those are left out.
	const lists = real.pages.filter((page) => /^\/(compare|capabilities\/[^/]+|curriculum-areas\/[^/]+)\/$/.test(page.url) && inFull(realDist, page.url) === 2);

	test('are measured: the comparison, each capability and curriculum areas, each showing the same two pathways in full at 2×', () => {
		expect(lists.map((page) => page.url)).toEqual(expect.arrayContaining(['/compare/', '/capabilities/providing-clarity/', '/curriculum-areas/leading-change/']));
		expect(lists.filter((page) => inFull(site.dist, page.url) !== 2).map((page) => page.url)).toEqual([]);
	});

	test.for(lists)('$url weighs at most 0.3 KB more for each pathway added', (page, { expect }) => {
		const grown = firstLoadGzip(scaled.get(page.url)!) - firstLoadGzip(page);
		expect(grown / added, `${page.url} grew by ${(grown / 1024).toFixed(2)} KB gzipped for ${added} pathways more`).toBeLessThanOrEqual(0.3 * 1024);
	});
});

test('the budgets above measured the 2× site, not the real one', async () => {
	const { distDir } = await import('../helpers/dist.ts');
	expect(distDir).toBe(site.dist);
});
