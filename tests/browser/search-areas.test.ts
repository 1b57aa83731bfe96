/**
 * Searching by curriculum area, in a real browser: an area's name finds its attributes, search offers
 * all of them, and the empty page offers the facets to browse by (and, without JavaScript, the areas).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { attributes, curriculumAreas } from '../helpers/content.ts';

const site = useBrowserAndSite();

/** Opens the search page at `query` and waits for its results and its counts. */
async function search(query: string, page?: Page): Promise<Page> {
	page ??= await site.newPage();
	await page.goto(`${site.server.url}/search/?${query}`);
	await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent && !document.querySelector('[data-search-counting]'));
	return page;
}
/** Every result's address, pressing "Show more" until all are shown. */
async function allResults(page: Page): Promise<string[]> {
	while (await page.isVisible('[data-search-more]')) {
		const before = await page.locator('.lcf-search__link').count();
		await page.click('[data-search-more]');
		await page.waitForFunction((n) => document.querySelectorAll('.lcf-search__link').length > n, before);
	}
	return page.$$eval('.lcf-search__link', (links) => links.map((a) => a.getAttribute('href')!));
}
const inArea = (areaId: string, pathway?: string) =>
	attributes.filter((a) => a.areas.includes(areaId) && (!pathway || a.pathway === pathway)).map((a) => urls.attribute(a));
const title = (areaId: string) => curriculumAreas.find((area) => area.id === areaId)!.title;

describe('search by curriculum area', () => {
	// The issue's figures: 1 of 6, 0 of 5 and 2 of 8 were found by the areas' names.
	test.each([
		['High Quality Supervision', 'pathway=Pathway+3', 'high-quality-supervision', 'pathway-3'],
		['Listening to Children', '', 'listening-to-children-and-families', undefined],
		['Leading Change', '', 'leading-change', undefined],
	])('"%s" (%s) finds every attribute in its area', async (query, facets, areaId, pathway) => {
		const page = await search(`q=${encodeURIComponent(query)}&${facets}`);
		const expected = inArea(areaId, pathway);
		expect(expected.length).toBeGreaterThan(0);
		expect(await allResults(page)).toEqual(expect.arrayContaining(expected));
	});

	test('offers "All N attributes in" the area named, with the chosen pathway, above the results, leading to them all', async () => {
		const page = await search('q=High+Quality+Supervision&pathway=Pathway+3');
		const expected = inArea('high-quality-supervision', 'pathway-3');
		const offer = page.locator('[data-search-area-offer] a');
		expect(await offer.textContent()).toBe(`All ${expected.length} attributes in ${title('high-quality-supervision')}`);
		expect(await page.$eval('[data-search-area-offer]', (p) => p.compareDocumentPosition(document.querySelector('[data-search-list]')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
		await offer.click();
		await page.waitForURL(/kind=Attribute/);
		await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent && !document.querySelector('[data-search-counting]'));
		expect((await allResults(page)).sort()).toEqual([...expected].sort());
	});

	test('offers nothing when the query names no area', async () => {
		const page = await search('q=supervision');
		expect(await page.isVisible('[data-search-area-offer]')).toBe(false);
	});
});

describe('the empty search page', () => {
	test('shows the facets before any query, with their counts', async () => {
		const page = await site.newPage();
		await page.goto(`${site.server.url}/search/`);
		await page.waitForSelector('[data-facet="kind"] input');
		expect(await page.isVisible('[data-search-facets]')).toBe(true);
		expect(await page.textContent('[data-facet="kind"] label:has-text("Attribute")')).toBe(`Attribute (${attributes.length})`);
		expect(await page.$$eval('[data-facet="area"] input', (boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(
			curriculumAreas.map((area) => area.title),
		);
	});

	test('lets people browse by facet alone', async () => {
		const page = await site.newPage();
		await page.goto(`${site.server.url}/search/`);
		await page.check('[data-facet="kind"] input[value="Attribute"]');
		await page.waitForFunction(() => !document.querySelector('[data-search-counting]') && document.querySelector('[data-search-status]')?.textContent);
		expect(await page.textContent('[data-search-status]')).toBe(`${attributes.length} results. Filtered by: Attribute. Showing the first 40.`);
		expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Attribute']);
	});

	test('on a phone, opens the facets when there are no results to put first', async () => {
		const page = await site.newPage({ viewport: { width: 375, height: 800 } });
		await page.goto(`${site.server.url}/search/`);
		await page.waitForSelector('[data-facet="kind"] input');
		expect(await page.$eval('[data-search-facets]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
	});

	test('without JavaScript, offers every area\'s page and how many attributes it lists', async () => {
		const context = await site.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/search/?q=supervision`);
		const links = await page.$$eval('[data-search-no-js] li', (items) => items.map((li) => [li.querySelector('a')!.getAttribute('href'), li.textContent]));
		expect(links).toEqual(
			curriculumAreas.map((area) => [urls.area(area.id), `${area.title} (${attributes.filter((a) => a.areas.includes(area.id)).length})`]),
		);
		expect(await page.isVisible('[data-search-no-js]')).toBe(true);
	});
});

describe('accessibility of a search by area', () => {
	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	test.for(['light', 'dark'] as const)('the results, the offer and the facets have no axe violation (%s)', async (colorScheme) => {
		const context = await site.newContext({ colorScheme });
		await context.addInitScript({ content: axeSource });
		const page = await search('q=High+Quality+Supervision&pathway=Pathway+3', await context.newPage());
		const results = await page.evaluate(() =>
			(window as unknown as { axe: typeof Axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
		);
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});
