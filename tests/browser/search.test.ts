/** Search, in a real browser: results at the level of one attribute, facets, URL state, landing. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { shownResults as perPage } from '../../src/client/search/status.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { attributes, attributesOf, capabilities, curriculumAreas, pathways } from '../helpers/content.ts';

const site = useBrowserAndSite();

/** Waits until the results are shown and the facets counted (they come after the results). */
const searched = (page: Page) =>
	page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent && !document.querySelector('[data-search-counting]'));

/** Opens the search page at `query` and waits for its results to render. */
async function search(query: string, page?: Page): Promise<Page> {
	page ??= await site.newPage();
	await page.goto(`${site.server.url}/search/?${query}`);
	if (query) await searched(page);
	else await page.waitForFunction(() => customElements.get('lcf-search'));
	return page;
}
/** The fragments of results a page has read. */
function fragmentsRead(page: Page): string[] {
	const read: string[] = [];
	page.on('request', (request) => void (request.url().includes('/pagefind/fragment/') && read.push(request.url())));
	return read;
}
const resultUrls = (page: Page) => page.$$eval('.lcf-search__link', (links) => links.map((a) => a.getAttribute('href')!));

describe('search results', () => {
	// "essentials" is in no statement: its attributes are found by their area's name, which each result shows.
	test('an attribute found by its area\'s name shows its areas, so the reader sees why', async () => {
		const page = await search('q=essentials&kind=Attribute');
		const lines = await page.$$eval('.lcf-search__result', (items) => items.map((item) => item.textContent ?? ''));
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.filter((line) => !line.includes('Curriculum areas:') || !line.includes('Leadership Essentials'))).toEqual([]);
	});

	test.each([
		['thresholds', ['/pathways/pathway-2/#p2-thresholds-applied-consistently', '/pathways/pathway-3/#p3-partners-aligned-to-thresholds', '/pathways/pathway-3/#p3-clarity-around-thresholds']],
		['reflective supervision&pathway=Pathway 3', ['/pathways/pathway-3/#p3-promotes-reflective-supervision', '/pathways/pathway-3/#p3-bias-interrogated-in-supervision']],
		['storytelling', ['/resources/expanding-capacity-in-practice/#strategy-storytelling-workshops']],
		['safe uncertainty', ['/pathways/pathway-2/#p2-jointly-owns-outcomes']],
	])('"%s" finds its attributes first', async (query, expected) => {
		const page = await search(`q=${query}`);
		expect((await resultUrls(page)).slice(0, expected.length).sort()).toEqual([...expected].sort());
	});

	test.each([
		['multi-agency', '/pathways/pathway-3/#p3-promotes-multi-agency-working'],
		['"reflective supervision"', '/pathways/pathway-2/#p2-holds-reflective-supervision'],
		['capacity for resourcefulness & impact', '/capabilities/expanding-capacity/capacity-for-resourcefulness-and-impact/'],
		['P2-CU2.1', '/pathways/pathway-2/#p2-clear-on-own-strengths'],
		// The issue's own example: the audience of Pathway 3 is not in its statements, but is its pathway's.
		['reflective supervision for heads of service', '/pathways/pathway-3/#p3-promotes-reflective-supervision'],
	])('%s (hyphens, quotes, "&", codes, a question) finds %s', async (query, expected) => {
		const page = await search(`q=${encodeURIComponent(query)}`);
		expect(await resultUrls(page)).toContain(expected);
	});

	test.each([
		['pathway 3', '/pathways/pathway-3/'],
		['heads of service', '/pathways/pathway-3/'],
		['middle leaders', '/pathways/pathway-2/'],
	])('"%s" finds its pathway first, a result of its own', async (query, expected) => {
		const page = await search(`q=${encodeURIComponent(query)}`);
		expect((await resultUrls(page))[0]).toBe(expected);
		expect(await page.textContent('.lcf-search__context'), 'its kind, said once').toBe('Pathway');
		// The page title says what was searched for, as GOV.UK's search does.
		expect(await page.title()).toBe(`${query} – Search – 4C Leadership Capability Framework`);
	});

	test('results matching only where an attribute sits ("complexity" in Managing Complexity) are not even fetched', async () => {
		const page = await site.newPage();
		const fragments: string[] = [];
		page.on('request', (request) => void (request.url().includes('/pagefind/fragment/') && fragments.push(request.url())));
		await page.goto(`${site.server.url}/search/?q=complexity`);
		await page.waitForSelector('.lcf-search__link');
		const shown = await page.$$eval('.lcf-search__result', (items) => items.length);
		// Managing Complexity has 35 attributes and sub-capabilities; reading all of them to show 16 doubles the cost.
		expect(fragments.length, `read ${fragments.length} results to show ${shown}`).toBe(shown);
	});

	test.each([
		// A question, as people type them: its question words are not required.
		['what does the framework say about supervision for heads of service?', '/pathways/pathway-3/#p3-promotes-reflective-supervision'],
		['how do I support staff wellbeing', '/pathways/pathway-2/#p2-impact-on-staff-wellbeing'],
		['well-being', '/pathways/pathway-2/#p2-impact-on-staff-wellbeing'],
		['CU1.2', '/pathways/pathway-2/#p2-identify-values-decision-making'],
		['CU1.2', '/pathways/pathway-3/#p3-recognises-impact-on-decisions'],
	])('"%s" finds %s', async (query, expected) => {
		const page = await search(`q=${encodeURIComponent(query)}`);
		expect(await resultUrls(page)).toContain(expected);
	});

	test('"care" finds the word and its forms, not a longer word that starts like it ("carers")', async () => {
		const found = await resultUrls(await search('q=care'));
		expect(found).toEqual(expect.arrayContaining(['/pathways/pathway-2/#p2-cares-personally-challenges', '/pathways/pathway-3/#p3-leads-with-care']));
		// This domain's only word like it is "carers".
		expect(found).not.toContain('/resources/sssc-middle-managers-leadership-learning-framework/#domain-managing-risk-and-uncertainty');
	});

	// Forms of a word that Pagefind's stemmer does not join: "child" found "children" only as a longer word, and dropped it.
	const total = async (page: Page) => Number((await page.textContent('[data-search-status]'))!.match(/^\d+/)![0]);
	test('"child" and "children" each find the attributes that say either', async () => {
		const says = (text: string) => /\bchild(ren)?\b/i.test(text);
		const areas = new Set(curriculumAreas.filter((area) => says(area.title)).map((area) => area.id));
		const expected = attributes.filter((a) => says(a.text) || a.areas.some((id) => areas.has(id))).length;
		expect(attributes.some((a) => /\bchild\b/i.test(a.text)) && attributes.some((a) => /\bchildren\b/i.test(a.text))).toBe(true);
		for (const word of ['child', 'children']) expect(await total(await search(`q=${word}&kind=Attribute`)), word).toBe(expected);
	});

	// A hyphenated word is found written apart as a phrase, never as its words anywhere in a result
	// ("well-being" found "as well as" in a sub-capability and three resources' sections).
	const writes = (text: string, words: string[]) => new RegExp(`\\b${words.join('[- ]?')}\\b`, 'i').test(text);
	test.each([
		['decision-making', ['decision', 'making']],
		['well-being', ['well', 'being']],
	])('"%s" finds what writes it with or without its hyphen, and only that', async (query, words) => {
		const says = (text: string) => writes(text, words);
		// Each result's excerpt is cut round what matched.
		const found = await (await search(`q=${query}`)).$$eval('.lcf-search__result', (items) => items.map((item) => item.textContent ?? ''));
		expect(found.length).toBeGreaterThan(0);
		expect(found.filter((text) => !says(text))).toEqual([]);
		expect(await total(await search(`q=${query}&kind=Attribute`))).toBe(attributes.filter((a) => says(a.text)).length);
	});

	// Found by the review: with quotes about, the hyphenated word was searched as typed only.
	test.each([
		['"decision-making"', 'decision-making'],
		['"safe uncertainty" decision-making', '"safe uncertainty" decision making'],
	])('%s finds what %s does', async (hyphened, other) => {
		const [found, expected] = [await resultUrls(await search(`q=${encodeURIComponent(hyphened)}`)), await resultUrls(await search(`q=${encodeURIComponent(other)}`))];
		expect(expected.length).toBeGreaterThan(0);
		expect(found.sort()).toEqual(expected.sort());
	});

	test('a hyphenated word with other words finds only what the hyphenated word alone finds', async () => {
		// Pagefind keeps a phrase only as a whole query: `staff "well being"` found "staff … well-expressed".
		const [alone, together] = [await resultUrls(await search('q=well-being')), await resultUrls(await search('q=staff+well-being'))];
		expect(together.length).toBeGreaterThan(0);
		expect(together.filter((url) => !alone.includes(url))).toEqual([]);
	});

	test('a word only in who a pathway is for ("managers") does not list every attribute of that pathway', async () => {
		const page = await search('q=managers');
		expect(await resultUrls(page)).not.toContain('/pathways/pathway-3/#p3-clarity-around-thresholds'); // its pathway is for "service managers"; its words are not
	});

	test('facets list their values in the framework order: capabilities 4C, pathways by number, areas as the content lists them', async () => {
		// Browsing every attribute offers every value that has one, so the lists are exact.
		const page = await search('kind=Attribute');
		const values = (name: string) => page.$$eval(`[data-facet="${name}"] input`, (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
		expect(await values('capability')).toEqual(capabilities.map((c) => c.title));
		expect(await values('pathway')).toEqual(pathways.map((p) => `Pathway ${p.number}`));
		expect(await values('area')).toEqual(curriculumAreas.filter((area) => attributes.some((a) => a.areas.includes(area.id))).map((a) => a.title));
		expect(await page.locator('[role="search"]').count()).toBe(1);
	});

	const inEither = (...areas: string[]) => attributesOf('pathway-3').filter((a) => a.areas.some((area) => areas.includes(area))).length;
	test.each([
		// The area's own record too, filed under each pathway with attributes in it.
		['area=Making+Decisions', 'pathway', 'Pathway 3', attributesOf('pathway-3', 'making-decisions').length + (attributesOf('pathway-3', 'making-decisions').length > 0 ? 1 : 0)],
		// Boxes of one facet combine as "either": what ticking a second area shows is both areas' attributes.
		['kind=Attribute&pathway=Pathway+3&area=High+quality+supervision', 'area', 'Leadership Essentials', inEither('high-quality-supervision', 'leadership-essentials')],
	])('browsing by facet alone (%s), the count beside %s “%s” is the number of results ticking it shows', async (query, facet, value, expected) => {
		// The address names a value by its id.
		const id = facet === 'pathway' ? pathways.find((p) => `Pathway ${p.number}` === value)!.id : curriculumAreas.find((a) => a.title === value)!.id;
		const page = await search(query);
		const label = await page.textContent(`[data-facet="${facet}"] label:has-text("${value}")`);
		const offered = Number(label!.match(/\((\d+)\)/)![1]);
		expect(offered).toBe(expected);
		await page.check(`[data-facet="${facet}"] input[value="${value}"]`);
		await page.waitForFunction(([name, v]) => new URL(location.href).searchParams.getAll(name!).includes(v!), [facet, id]);
		await page.waitForFunction((n) => document.querySelector('[data-search-status]')?.textContent?.startsWith(`${n} result`), offered);
		expect(await resultUrls(page)).toHaveLength(Math.min(offered, perPage));
	});

	test('says what the counts count, in a hint each group of boxes is described by', async () => {
		const page = await search('q=supervision&pathway=Pathway+3');
		const hints = await page.$$eval('[data-facet]', (groups) => groups.map((group) => document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent));
		expect(hints).toEqual(Array(hints.length).fill('The number beside a box is how many results there would be if you ticked it, or, once it is ticked, how many of the results it matches.'));
		expect(await page.isVisible('#facet-counts-hint')).toBe(true);
	});

	test('beside a ticked box, counts the results it matches, as the hint says', async () => {
		const page = await search(`kind=Attribute&${pathways.map((p) => `pathway=Pathway+${p.number}`).join('&')}`);
		for (const p of pathways) {
			const label = await page.textContent(`[data-facet="pathway"] label:has-text("Pathway ${p.number}")`);
			expect(label, p.id).toContain(`(${attributesOf(p.id).length})`);
		}
	});

	test('counts every result, however many, and reads the fragments of the results shown only', async () => {
		const page = await site.newPage();
		const read = fragmentsRead(page);
		await search('kind=Attribute&pathway=Pathway+2&pathway=Pathway+3', page);
		expect(await page.textContent('[data-search-status]')).toBe(`${attributes.length} results. Filtered by: Attribute, Pathway 2, Pathway 3. Showing the first ${perPage}.`);
		expect(read).toHaveLength(perPage);
		await page.click('[data-search-more]');
		await page.waitForFunction((n) => document.querySelectorAll('.lcf-search__link').length === n, 2 * perPage);
		expect(read, 'the next page, on request').toHaveLength(2 * perPage);
		expect(await page.textContent('[data-search-more]')).toBe(`Show ${Math.min(perPage, attributes.length - 2 * perPage)} more results`);
	});

	test('excerpts keep a title apart from its text, and mark where they are cut', async () => {
		const page = await search('q=storytelling');
		const excerpt = await page.textContent('.lcf-search__excerpt');
		expect(excerpt).toMatch(/^Storytelling workshops\. Organise workshops/);
		expect(excerpt).toMatch(/…$/);
	});

	test('a search with no results says what to try', async () => {
		const page = await search('q=xyzzy');
		expect(await page.textContent('[data-search-status]')).toBe('0 results for ‘xyzzy’.');
		expect(await page.isVisible('[data-search-none]')).toBe(true);
		expect(await page.isVisible('.lcf-search__facets')).toBe(false);
		// Nothing is ticked, and the choices are not shown: no advice to untick them.
		expect(await page.isVisible('[data-search-none] li:has-text("untick")')).toBe(false);
	});

	test('choices that together find nothing say so, and advise about the choices, not about words', async () => {
		const page = await search('kind=Pathway&area=Leading+Change');
		expect(await page.textContent('[data-search-status]')).toBe('0 results. Filtered by: Pathway, Leading Change.');
		expect(await page.textContent('[data-search-none] p')).toBe('Nothing matches all your choices. You could:');
		expect(await page.isVisible('[data-search-none] li:has-text("spelling")')).toBe(false);
		expect(await page.isVisible('[data-search-none] li:has-text("untick")')).toBe(true);
	});

	// From a reading page's link (`?area=`) too: the status says what is chosen.
	test.each(['q=supervision', 'kind=Attribute&area=making-decisions'])('on a phone, puts the results first: the facets start closed (%s)', async (query) => {
		const page = await site.newPage({ viewport: { width: 375, height: 800 } });
		await page.goto(`${site.server.url}/search/?${query}`);
		await page.waitForSelector('.lcf-search__link');
		expect(await page.$eval('[data-search-facets]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await page.$eval('.lcf-search__link', (a) => a.getBoundingClientRect().top)).toBeLessThan(800);
	});

	test('on a phone, a box ticked keeps focus, and the way to its results follows its group', async () => {
		const page = await site.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.server.url}/search/`);
		await page.waitForFunction(() => customElements.get('lcf-search'));
		await page.focus('[data-facet="pathway"] input[value="Pathway 3"]');
		await page.keyboard.press('Space');
		await searched(page);
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), 'focus is not moved unasked').toBe('Pathway 3');
		const total = (await page.textContent('[data-search-status]'))!.match(/^(\d+) results/)![1];
		await page.keyboard.press('Tab');
		const jump = await page.evaluate(() => ({ text: document.activeElement?.textContent, bottom: document.activeElement!.getBoundingClientRect().bottom }));
		expect(jump.text).toBe(`Jump to the results (${total})`);
		expect(jump.bottom, 'beside the box just ticked, on screen').toBeLessThan(844);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id), 'Tab goes on into the results').toBe('search-results');
		// Once the page has scrolled there (smoothly, unless the reader asks for reduced motion).
		await expect.poll(() => page.$eval('[data-search-status]', (el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(100);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null), 'the next stop is in the results').toBe(true);
		await page.setViewportSize({ width: 1280, height: 900 });
		expect(await page.isVisible('[data-search-jump]'), 'beside the results, it leads nowhere new').toBe(false);
	});

	test(`shows the first ${perPage} results, and the next ones on request, moving focus to the first of them`, async () => {
		const page = await search('kind=Attribute&pathway=pathway-2');
		const all = attributesOf('pathway-2').length;
		expect(await page.textContent('[data-search-status]')).toBe(`${all} results. Filtered by: Attribute, Pathway 2. Showing the first ${perPage}.`);
		expect(await resultUrls(page)).toHaveLength(perPage);
		for (let shown = perPage; shown < all; shown += perPage) {
			await page.click('[data-search-more]');
			await page.waitForFunction((n) => document.querySelectorAll('.lcf-search__link').length === n, Math.min(all, shown + perPage));
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe((await resultUrls(page))[shown]);
		}
		expect(await page.isVisible('[data-search-more]')).toBe(false);
	});

	// Which words have another spelling is a unit test (tests/unit/search.test.ts); this is that Pagefind gets both.
	test.each([['organisation', 'organization']])('"%s" and "%s" find the same results', async (british, american) => {
		const [a, b] = [await search(`q=${british}`), await search(`q=${american}`)];
		const found = await resultUrls(a);
		expect(found.length).toBeGreaterThan(0);
		expect((await resultUrls(b)).sort()).toEqual([...found].sort());
	});

	test('announces the number of results', async () => {
		const page = await search('q=thresholds');
		expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
		expect(await page.textContent('[data-search-status]')).toBe(`${(await resultUrls(page)).length} results for ‘thresholds’.`);
	});
});

describe('facets', () => {
	test('narrow the results, with counts, and combine', async () => {
		const page = await search('q=supervision');
		const all = await resultUrls(page);
		const label = await page.textContent('[data-facet="pathway"] label:has-text("Pathway 3")');
		const pathway3 = Number(label!.match(/\((\d+)\)/)![1]);
		await page.check('[data-facet="pathway"] input[value="Pathway 3"]');
		await page.waitForFunction((n) => document.querySelectorAll('.lcf-search__link').length === n, pathway3);
		expect(pathway3).toBeLessThan(all.length);
		// By id, not name, so that a saved link outlives a rename.
		expect(new URL(page.url()).searchParams.getAll('pathway')).toEqual([pathways.find((p) => p.number === 3)!.id]);
		const areaLabel = await page.textContent('[data-facet="area"] label:has-text("Diversity and inclusion")');
		const both = Number(areaLabel!.match(/\((\d+)\)/)![1]);
		await page.check('[data-facet="area"] input[value="Diversity and inclusion"]');
		await page.waitForFunction((n) => document.querySelectorAll('.lcf-search__link').length === n, both);
		const narrowed = await resultUrls(page);
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.length).toBeLessThan(pathway3);
		expect(narrowed.every((url) => url.startsWith('/pathways/pathway-3/'))).toBe(true);
	});

	test('say beside the area facet where each pathway\'s areas come from, and the index records it per attribute', async () => {
		const page = await search('');
		expect((await page.textContent('[data-facet="area"] [data-area-provenance]'))?.trim()).toBe(
			"Areas on Pathway 2, the editors' reading of the symbol the source prints; on Pathway 3, assigned by the editors.",
		);
		// A filter, not meta: its words ("editors", "source") must never match a query.
		// As a string, so that Vite leaves its import() to the browser.
		const counts = await page.evaluate(`import('/pagefind/pagefind.js').then(async (pagefind) => (await pagefind.filters()).areasFrom)`);
		expect(counts).toEqual({ "the editors' reading of the symbol the source prints": 50, 'assigned by the editors': 43 });
		await page.close();
	});

	test('keep focus on the checkbox just used, as the counts change', async () => {
		const page = await search('q=thresholds');
		await page.focus('[data-facet="pathway"] input[value="Pathway 2"]');
		await page.keyboard.press('Space');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('pathway') === 'pathway-2');
		await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'Pathway 2');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
	});
});

describe('URL state', () => {
	test('facets may be given by id, as the reading pages link them', async () => {
		const page = await search('area=making-decisions&pathway=pathway-3');
		expect(await page.isChecked('[data-facet="area"] input[value="Making Decisions"]')).toBe(true);
		expect(await page.isChecked('[data-facet="pathway"] input[value="Pathway 3"]')).toBe(true);
		const urls = await resultUrls(page);
		expect(urls.length).toBeGreaterThan(0);
		// Pathway 3's attributes in the area, and the area's own page (filed under the pathways with attributes in it), opening on Pathway 3.
		expect(urls.filter((url) => !url.startsWith('/pathways/pathway-3/'))).toEqual(['/curriculum-areas/making-decisions/?pathway=pathway-3']);
	});

	test('a sub-capability found with one pathway ticked opens on that pathway', async () => {
		const page = await search('q=decision+making&kind=Sub-capability&pathway=Pathway+3');
		const [first] = await resultUrls(page);
		expect(first).toMatch(/^\/capabilities\/[^?]+\/\?pathway=pathway-3$/);
		await page.click('.lcf-search__link');
		await page.waitForURL(`**${first}`);
		// Once its filter island has run: the page shows the pathway the URL names.
		const shown = () => page.$$eval('[data-pathway]', (columns) => [...new Set(columns.filter((el) => !(el as HTMLElement).hidden).map((el) => (el as HTMLElement).dataset['pathway']))]);
		await expect.poll(shown).toEqual(['pathway-3']);
	});

	test('typing writes the query to the URL, and a reload restores the search', async () => {
		const page = await search('');
		await page.fill('#search-query', 'advocacy');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'advocacy');
		await page.waitForSelector('.lcf-search__link');
		const before = await resultUrls(page);
		await page.reload();
		await page.waitForSelector('.lcf-search__link');
		expect(await page.inputValue('#search-query')).toBe('advocacy');
		expect(await resultUrls(page)).toEqual(before);
	});

	test('the header search box on every page leads to the results, without JavaScript too', async () => {
		const context = await site.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/capabilities/`);
		await page.fill('#header-search', 'thresholds');
		await page.press('#header-search', 'Enter');
		await page.waitForURL(/\/search\/\?q=thresholds$/);
		expect(await page.isVisible('[data-search-no-js]')).toBe(true);
	});
});

describe('following a result', () => {
	test('lands on the attribute and marks it', async () => {
		const page = await search('q=thresholds');
		await page.click('.lcf-search__link[href="/pathways/pathway-3/#p3-clarity-around-thresholds"]');
		await page.waitForURL(/#p3-clarity-around-thresholds$/);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p3-clarity-around-thresholds');
		// Scrolling may be smooth: wait until the attribute has come into view.
		await page.waitForFunction(() => {
			const { top } = document.querySelector(':target')!.getBoundingClientRect();
			return top >= 0 && top < innerHeight;
		});
		expect(await page.$eval(':target', (el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	});
});

describe('loading', () => {
	test('reading pages never load the search index, and the search page loads it only when used', async () => {
		const page = await site.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${site.server.url}/pathways/pathway-2/`);
		await page.goto(`${site.server.url}/search/`);
		await page.waitForTimeout(300);
		expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
		await page.fill('#search-query', 'curiosity');
		await page.waitForSelector('.lcf-search__link');
		expect(fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
	});
});
