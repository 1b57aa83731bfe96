/** The questions pages ask of the model, and the search index and page agreeing on facet names. */
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model.ts';
import { areaMatrix, areaPage, facetNames, pathwayPart } from '../../src/lib/queries.ts';
import { searchRecords } from '../../src/lib/search-records.ts';
import { modelEntries } from '../helpers/model-entries.ts';

const model = buildModel(modelEntries());

describe('areaPage', () => {
	test('groups an area’s attributes by pathway, then capability, leaving out those with none', () => {
		const { groups, count } = areaPage(model, 'leading-change');
		expect(groups.map((g) => [g.pathway.id, g.capabilities.map((c) => [c.capability.id, c.attributes.map((a) => a.code)])])).toEqual([
			['pathway-2', [['curiosity', expect.any(Array)], ['clarity', expect.any(Array)]]],
			['pathway-3', [['curiosity', expect.any(Array)], ['clarity', expect.any(Array)]]],
		]);
		expect(count).toBe(6);
	});

	test('leaves out a pathway with none in the area', () => {
		const { groups } = areaPage(model, 'making-decisions');
		expect(groups.map((g) => [g.pathway.id, g.capabilities.map((c) => [c.capability.id, c.attributes.map((a) => a.code)])])).toEqual([
			['pathway-2', [['curiosity', ['P2-CU1.2']]]],
		]);
	});

	test('names the pathways with no attributes in the area, and those shown', () => {
		const { pathwaysWithNone, pathwaysShown } = areaPage(model, 'making-decisions');
		expect(pathwaysWithNone.map((p) => p.label)).toEqual(['Pathway 3: Heads of Service']);
		expect(pathwaysShown.map((p) => p.id)).toEqual(['pathway-2']);
	});
});

describe('areaMatrix', () => {
	test('counts each pathway’s attributes in an area by capability', () =>
		expect(areaMatrix(model).map((row) => [row.area.id, row.byPathway.map((p) => p.counts)])).toEqual([
			['leading-change', [[3, 1], [1, 1]]],
			['making-decisions', [[1, 0], [0, 0]]],
		]));
});

describe('pathwayPart', () => {
	test('gives one pathway’s attributes in one sub-capability, and its wording of the description', () => {
		const part = pathwayPart(model.byId.subCapability.get('values')!, model.pathways[1]!);
		expect([part.description, part.attributes.map((a) => a.code)]).toEqual(['Values, as Pathway 3 words it.', ['P3-CU1.1']]);
	});
});

describe('facetNames', () => {
	test('names pathways by their short label, capabilities and areas by title', () =>
		expect(facetNames(model)).toEqual({
			pathway: { 'pathway-2': 'Pathway 2', 'pathway-3': 'Pathway 3' },
			capability: { curiosity: 'Maintaining Curiosity', clarity: 'Providing Clarity' },
			area: { 'leading-change': 'Leading change', 'making-decisions': 'Making decisions' },
		}));

	test('are the names the search index files every record under', () => {
		const names = facetNames(model);
		for (const record of searchRecords(model))
			for (const facet of ['pathway', 'capability', 'area'] as const)
				for (const value of record.filters[facet] ?? []) expect(Object.values(names[facet])).toContain(value);
	});
});

describe('searchRecords', () => {
	const content = (url: string) => searchRecords(model).find((r) => r.url === url)?.content;

	test('gives a sub-capability worded differently by pathway each wording, after the pathway it is', () => {
		expect(content(model.byId.subCapability.get('values')!.url)).toBe('Curiosity of values. Pathway 2: Values. · Pathway 3: Values, as Pathway 3 words it. CU1');
	});

	const filters = (url: string) => searchRecords(model).find((r) => r.url === url)?.filters.pathway;
	test('files a capability and a sub-capability under every pathway, so that ticking one keeps them', () => {
		expect(filters(model.byId.capability.get('curiosity')!.url)).toEqual(['Pathway 2', 'Pathway 3']);
		expect(filters(model.byId.subCapability.get('values')!.url)).toEqual(['Pathway 2', 'Pathway 3']);
	});

	test('files an area under the pathways with attributes in it only', () => {
		expect(filters(model.byId.curriculumArea.get('making-decisions')!.url)).toEqual(['Pathway 2']);
		expect(filters(model.byId.curriculumArea.get('leading-change')!.url)).toEqual(['Pathway 2', 'Pathway 3']);
	});

	test('gives a sub-capability worded alike its one description', () => {
		expect(content(model.byId.subCapability.get('self')!.url)).toBe('Curiosity of self. Self. CU2');
	});

	// The fixture's one resource has one strategy: "Resource (2)" would promise two resources.
	test('files a resource under "Resource" once, and each part with its own anchor under "Resource section"', () => {
		const kinds = searchRecords(model).filter((r) => r.url.startsWith('/resources/')).map((r) => [r.url, r.meta.kind, r.filters.kind]);
		expect(kinds).toEqual([
			['/resources/strategies/', 'Resource', ['Resource']],
			['/resources/strategies/#strategy-share', 'Resource section', ['Resource section']],
		]);
	});
});
