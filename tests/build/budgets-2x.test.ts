/**
 * The weight budgets of budgets.test.ts, held on a site generated at 2× the real content: four
 * pathways, as when Pathways 1 and 4 arrive. Pages that list every pathway grow with them, so a
 * budget that holds only at 1× fails here first. The same tests, not a copy of them: budgets.test.ts
 * is loaded with `LCF_DIST_DIR` pointing at the 2× site (tests/helpers/dist.ts reads it once). So is
 * the search budget (tests/browser/search-budget.test.ts): Pagefind's metadata lists every record, so
 * opening search and a first query cost more as the content grows (≈ 96 KB here against ≈ 94 at 1×).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
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

test('the budgets above measured the 2× site, not the real one', async () => {
	const { distDir } = await import('../helpers/dist.ts');
	expect(distDir).toBe(site.dist);
});
