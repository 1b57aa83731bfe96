/**
 * Search stays within its budget: opening /search/ and a first query, counted as `npm run size` and
 * `npm run bench` count them (a fresh cache; text gzipped -9, Pagefind's already compressed files as
 * they are; 1 KB = 1024 bytes), and nothing is asked of other sites.
 *
 * The budget is 100 KB. Most of it is Pagefind's own code, a fixed 71 KB whatever the content
 * (pagefind.js, minified by the build, 11 KB and its English WebAssembly 60 KB); the index is split
 * into small chunks (scripts/build-steps/search-index.ts) so that a one-word query fetches one of them.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { measureSearch, type SearchCost, type Transfer } from '../../scripts/tools/bench/search-cost.ts';
import { shownResults } from '../../src/client/search/status.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';

const limitKb = 100;
const site = useBrowserAndSite();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const parts = (transfer: Transfer) =>
	Object.entries(transfer.byKind)
		.map(([kind, size]) => `${kind} ${kb(size.gzip)}`)
		.join(', ');

let search: SearchCost;
/** A common word, with many more matches than a page of results: its cost must not grow with them. */
let common: SearchCost;
const commonWord = 'practice';
beforeAll(async () => {
	// Bytes only: how long search takes depends on the machine, so it is not a budget.
	search = await measureSearch(site.browser, site.server.url, { timedRuns: 0 });
	common = await measureSearch(site.browser, site.server.url, { timedRuns: 0, query: commonWord });
});
const fragments = (cost: SearchCost) => cost.firstQuery.urls.filter((url) => url.startsWith('/pagefind/fragment/')).length;

describe('search budget', () => {
	test('the first query finds results, so that its cost is a real one', () => {
		expect(search.results, `searching /search/ for "${search.query}" rendered no results`).toBeGreaterThan(0);
	});

	test(`opening /search/ and a first query fetch at most ${limitKb} KB`, () => {
		const { open, firstQuery } = search;
		const message =
			`/search/: opening it fetches ${kb(open.gzip)} (${parts(open)}) and a first query for "${search.query}" ` +
			`${kb(firstQuery.gzip)} (${parts(firstQuery)}), ${kb(open.gzip + firstQuery.gzip)} in all`;
		expect(open.gzip + firstQuery.gzip, message).toBeLessThanOrEqual(limitKb * 1024);
	});

	test(`a common word ("${commonWord}") also costs at most ${limitKb} KB, reading only the results shown`, () => {
		const { open, firstQuery } = common;
		expect(open.gzip + firstQuery.gzip, `/search/ and a first query for "${commonWord}": ${kb(open.gzip + firstQuery.gzip)} (${parts(firstQuery)})`).toBeLessThanOrEqual(limitKb * 1024);
		expect(common.results, `"${commonWord}" should have more matches than one page shows`).toBe(shownResults);
		expect(fragments(common), `"${commonWord}" read the fragments of ${fragments(common)} results to show ${common.results}`).toBe(common.results);
	});

	test('no request leaves the site while searching', () => {
		expect(search.offSite, `/search/ asked other sites for: ${search.offSite.join(', ')}`).toEqual([]);
	});
});
