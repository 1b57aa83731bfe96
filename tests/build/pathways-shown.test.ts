/**
 * Pages that list every pathway show two in full and lead to the others (#23, src/lib/pathways-shown.ts),
 * so that they stay light however many pathways there are: on the four-pathway site (Pathways 1 to 4),
 * /compare/ compares Pathways 1 and 2, and each other neighbouring pair has a page of its own; capability
 * and curriculum-area pages show Pathways 1 and 2, and lead to the others by plain links (no JavaScript
 * needed), the area pages keeping an entry at each other pathway's id so that a link to its group lands.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { attr, fileFor, parseHtmlFile } from '../helpers/dist.ts';
import { capabilities, curriculumAreas, subCapabilities } from '../helpers/content.ts';
import { fourPathwaysSite, fourPathwaysTimeout } from '../helpers/four-pathways.ts';

let dist: string;
beforeAll(async () => {
	dist = await fourPathwaysSite();
}, fourPathwaysTimeout);

const page = (url: string) => parseHtmlFile(fileFor(url, dist) ?? `missing: ${url}`);
const compareLink = (url: string) => page(url).querySelectorAll('a[data-carry-filter]').map((a) => attr(a, 'href')).find((href) => href?.startsWith('/compare/'));
/** An area page's entries for the pathways it does not show in full: at the pathway's id. */
const entries = (url: string) => page(url).querySelectorAll('li[id]').filter((li) => attr(li, 'id')!.startsWith('pathway-'));
const columns = (url: string) => page(url).querySelectorAll('thead th[data-pathway]').map((th) => attr(th, 'data-pathway'));
const pairs = { [urls.compare]: ['pathway-1', 'pathway-2'], [urls.comparePair('pathway-2')]: ['pathway-2', 'pathway-3'], [urls.comparePair('pathway-3')]: ['pathway-3', 'pathway-4'] };

describe('the comparison pages', () => {
	test('/compare/ compares the first two pathways, and each other pathway with the one above it has a page', () => {
		for (const [url, pathways] of Object.entries(pairs)) expect(columns(url), url).toEqual(pathways);
		expect(fileFor(urls.comparePair('pathway-1'), dist), 'the first pair is /compare/ itself').toBeUndefined();
		expect(fileFor(urls.comparePair('pathway-4'), dist), 'the top pathway has no pathway above it').toBeUndefined();
	});

	test.each(Object.keys(pairs))('%s links to every other comparison, and names its own', (url) => {
		const other = page(url).querySelector('.lcf-other-pathways')!;
		expect(other.querySelectorAll('a').map((a) => attr(a, 'href'))).toEqual(Object.keys(pairs).filter((u) => u !== url));
		expect(other.querySelectorAll('[aria-current="page"]')).toHaveLength(1);
	});

	test.each(Object.keys(pairs))('%s has every capability and sub-capability, so a link to one lands on any comparison', (url) => {
		const doc = page(url);
		expect([...capabilities, ...subCapabilities].filter((item) => !doc.querySelector(`[id="${item.id}"]`)).map((item) => item.id)).toEqual([]);
	});

	test('each pathway page leads to the comparison with the pathway it names', () => {
		expect(compareLink('/pathways/pathway-1/')).toBe('/compare/?pathway=pathway-1&pathway=pathway-2');
		expect(compareLink('/pathways/pathway-2/')).toBe('/compare/pathway-2/?pathway=pathway-2&pathway=pathway-3');
		expect(compareLink('/pathways/pathway-4/')).toBe('/compare/pathway-3/?pathway=pathway-4&pathway=pathway-3');
	});
});

describe.each(capabilities.map((c) => c.id))('the capability page of %s', (capability) => {
	test('shows the first two pathways, and leads to each other one\'s attributes for it on its page', () => {
		const doc = page(urls.capability(capability));
		expect([...new Set(doc.querySelectorAll('section[data-pathway]').map((s) => attr(s, 'data-pathway')))]).toEqual(['pathway-1', 'pathway-2']);
		expect(doc.querySelectorAll('.lcf-other-pathways a').map((a) => attr(a, 'href'))).toEqual([`/pathways/pathway-3/#${capability}`, `/pathways/pathway-4/#${capability}`]);
	});
});

describe.each(curriculumAreas.map((a) => a.id))('the curriculum-area page of %s', (area) => {
	test('shows two pathways in full, and keeps an entry at each other one\'s id, leading to its page filtered to the area', () => {
		const doc = page(urls.area(area));
		const full = doc.querySelectorAll('section[data-pathway]').map((s) => attr(s, 'data-pathway'));
		const others = entries(urls.area(area));
		expect(full.length).toBeLessThanOrEqual(2);
		for (const entry of others) expect(attr(entry.querySelector('a')!, 'href')).toBe(`/pathways/${attr(entry, 'id')}/?area=${area}`);
		// Every pathway with attributes here is one or the other (the page says which have none).
		const listed = [...full, ...others.map((e) => attr(e, 'id'))];
		expect(new Set(listed).size).toBe(listed.length);
		if (others.length) expect(full).toHaveLength(2);
	});
});

test('an area with attributes in all four pathways lists the two it does not show in full', () => {
	const counts = curriculumAreas.map((a) => entries(urls.area(a.id)).length);
	expect(Math.max(...counts)).toBe(2);
});
