/**
 * A pathway page as a screen reader and a keyboard meet it: few, meaningful landmarks; each
 * attribute's code read once, on one line with its actions, after its areas (a list); no empty live
 * regions; the section the page is in marked `aria-current="true"`, not "page"; without JavaScript,
 * area pages that open at this pathway.
 */
import { describe, expect, test } from 'vitest';
import { attr, builtPages, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';
import { attributesOf, capabilities, curriculumAreas, pathways } from '../helpers/content.ts';

const pages = pathways.map((pathway) => ({ url: `/pathways/${pathway.id}/`, pathway: pathway.id }));
const doc = (url: string) => parseHtmlFile(fileFor(url)!);
const landmarkRoles = /^(banner|complementary|contentinfo|form|main|navigation|region|search)$/;

// As on the pathway pages (#17): the pages that list the framework part by part name none of their
// sections, so that a landmark list is of the page's frame, not one region per capability and sub-capability.
test('the cite, versions and capability pages have no region landmark for each part of the framework', () => {
	const listing = builtPages().filter((page) => !page.redirect && /^\/(cite|versions|capabilities)\//.test(page.url));
	expect(listing.length).toBeGreaterThan(pathways.length);
	const named = listing.flatMap((page) =>
		parseHtmlFile(page.file)
			.querySelectorAll('section')
			.filter((section) => attr(section, 'aria-labelledby') || attr(section, 'aria-label'))
			// Not a part: the page's one list of related resources.
			.filter((section) => !/\blcf-related\b/.test(attr(section, 'class') ?? ''))
			.map((section) => `${page.url} ${attr(section, 'id') ?? attr(section, 'aria-labelledby')}`),
	);
	expect(named).toEqual([]);
});

describe.for(pages)('$url', ({ url, pathway }) => {
	test('names no section, so that it has no region landmark for each capability and sub-capability', () => {
		const named = doc(url).querySelectorAll('section').filter((section) => attr(section, 'aria-labelledby') || attr(section, 'aria-label'));
		expect(named.map((section) => attr(section, 'id'))).toEqual([]);
	});

	test('has only the landmarks of its frame: banner, search, the two navigations, main, contents, footer', () => {
		const page = doc(url);
		const explicit = page.querySelectorAll('[role]').filter((el) => landmarkRoles.test(attr(el, 'role')!)).length;
		const implicit = page.querySelectorAll('header, nav, main, footer, aside').length;
		expect(explicit + implicit).toBe(7);
	});

	test('reads each attribute\'s code once, as the permanent link on its line', () => {
		const page = doc(url);
		const items = page.querySelectorAll('.lcf-attribute');
		expect(items.length).toBe(attributesOf(pathway).length);
		for (const item of items) {
			const link = item.querySelector('.lcf-attribute__line > a[data-copy-link]')!;
			const code = textOf(link);
			expect(code, attr(item, 'id')).toMatch(/^P\d+-[A-Z]+\d+\.\d+$/);
			expect(textOf(item).split(code).length - 1, `${code} in its item's text`).toBe(1);
		}
	});

	test('lists each attribute\'s curriculum areas, one list item each, so that they are not read as one run of words', () => {
		for (const item of doc(url).querySelectorAll('.lcf-attribute')) {
			const list = item.querySelector('ul')!;
			expect(attr(list, 'aria-label')).toBe('Curriculum areas');
			expect(list.querySelectorAll('li').length).toBe(attr(item, 'data-areas')!.split(' ').length);
		}
	});

	test('has no live region that is empty when it loads', () => {
		const empty = doc(url).querySelectorAll('[role="status"], [role="alert"], [aria-live]').filter((el) => !textOf(el).trim());
		// The filter's status becomes one when its script fills it (tests/browser/copy-link.test.ts looks in Chromium).
		expect(empty.length).toBe(0);
	});

	test('has no "Copy link" in its capability and sub-capability headings\' lines', () => {
		const page = doc(url);
		expect(page.querySelectorAll('.lcf-capability__code [data-copy-link], .lcf-subcapability > .lcf-cite [data-copy-link]').length).toBe(0);
	});

	test('sets each sub-capability\'s description apart from what effective leaders do at its pathway', () => {
		const page = doc(url);
		const label = `Pathway ${pathways.find((p) => p.id === pathway)!.number}`;
		const sections = page.querySelectorAll('.lcf-subcapability');
		expect(sections.length).toBe(capabilities.length * 7);
		for (const section of sections) {
			expect(section.querySelector('.lcf-subcapability__description + .lcf-subcapability__lead')?.textContent).toBe(`What effective leaders do at ${label}`);
		}
	});

	// A Pathway 3 reader without JavaScript landed on an area page's Pathway 2 part (#2 of the review).
	test('without JavaScript, offers each area\'s page open at this pathway\'s attributes, where it has some', () => {
		const links = doc(url).querySelectorAll('[data-filter-fallback] a');
		expect(links.length).toBe(curriculumAreas.length);
		for (const link of links) {
			const href = attr(link, 'href')!;
			const areaUrl = href.split(/[?#]/)[0]!;
			const area = curriculumAreas.find((a) => areaUrl === `/curriculum-areas/${a.id}/`)!;
			expect(area, href).toBeDefined();
			if (attributesOf(pathway, area.id).length === 0) expect(href).toBe(areaUrl);
			else {
				expect(href).toBe(`${areaUrl}?pathway=${pathway}#${pathway}`);
				expect(doc(areaUrl).querySelector(`[id="${pathway}"]`)?.querySelector('.lcf-attribute'), `${href} lands on its attributes`).toBeTruthy();
			}
		}
	});

	test('marks Pathways in the main navigation as the section it is in, not as this page', () => {
		const current = doc(url).querySelectorAll('.lcf-nav a[aria-current]');
		expect(current.map((a) => [attr(a, 'href'), attr(a, 'aria-current')])).toEqual([['/pathways/', 'true']]);
	});
});

test('the Pathways page itself is marked as the page', () => {
	expect(doc('/pathways/').querySelectorAll('.lcf-nav a[aria-current]').map((a) => attr(a, 'aria-current'))).toEqual(['page']);
});
