/** Where a search result leads: its page, opened on the pathway ticked where that page shows one pathway or all. */
import { describe, expect, test } from 'vitest';
import { resultHref } from '../../src/client/search/result-item.ts';
import { chosenIds } from '../../src/client/search/url-state.ts';

const result = (kind: string, url: string) => ({ url, meta: { title: '', kind, context: '' } });

describe('resultHref', () => {
	test('opens a capability, sub-capability or area on the pathway ticked', () => {
		expect(resultHref(result('Sub-capability', '/capabilities/c/s/'), ['pathway-3'])).toBe('/capabilities/c/s/?pathway=pathway-3');
		expect(resultHref(result('Capability', '/capabilities/c/'), ['pathway-3'])).toBe('/capabilities/c/?pathway=pathway-3');
		expect(resultHref(result('Curriculum area', '/curriculum-areas/a/'), ['pathway-2'])).toBe('/curriculum-areas/a/?pathway=pathway-2');
	});
	test('leaves the pathway out where none or two are ticked, as those pages show one pathway or all', () => {
		expect(resultHref(result('Sub-capability', '/capabilities/c/s/'), [])).toBe('/capabilities/c/s/');
		expect(resultHref(result('Sub-capability', '/capabilities/c/s/'), ['pathway-2', 'pathway-3'])).toBe('/capabilities/c/s/');
	});
	test('leaves an attribute, a pathway and a resource as they are', () => {
		for (const [kind, url] of [['Attribute', '/pathways/pathway-3/#p3-x'], ['Pathway', '/pathways/pathway-3/'], ['Resource section', '/resources/r/#strategy-s']])
			expect(resultHref(result(kind!, url!), ['pathway-3'])).toBe(url);
	});
});

test('chosenIds gives the ids of the names ticked', () =>
	expect(chosenIds(['Pathway 3'], { 'pathway-2': 'Pathway 2', 'pathway-3': 'Pathway 3' })).toEqual(['pathway-3']));
