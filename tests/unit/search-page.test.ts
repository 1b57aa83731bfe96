/** What the search page shows that depends on the content, read from the small in-memory framework. */
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model.ts';
import { areaAttributeCounts, areaFacetHint } from '../../src/lib/search-page.ts';
import { modelEntries } from '../helpers/model-entries.ts';

const model = buildModel(modelEntries());

describe('areaFacetHint', () => {
	test("says, pathway by pathway, where the areas come from where they are not the source's", () =>
		expect(areaFacetHint(model.pathways)).toBe("Areas on Pathway 2, assigned by the editors; on Pathway 3, the editors' reading of the symbol the source prints."));

	test('leaves out a pathway whose source prints its areas by name, and names both origins of a mixed one', () => {
		const [two, three] = model.pathways;
		const hint = areaFacetHint([{ ...two!, areasFrom: new Set(['source'] as const) }, { ...three!, areasFrom: new Set(['source', 'editorial'] as const) }]);
		expect(hint).toBe('Areas on Pathway 3, as the source prints them or assigned by the editors.');
	});

	test('says nothing when every source prints its areas', () =>
		expect(areaFacetHint(model.pathways.map((p) => ({ ...p, areasFrom: new Set(['source'] as const) })))).toBeUndefined());
});

describe('areaAttributeCounts', () => {
	test('counts the attributes of each area, every pathway together, in the areas\' order', () =>
		expect(areaAttributeCounts(model).map(({ area, count }) => [area.id, count])).toEqual([
			['leading-change', 6],
			['making-decisions', 1],
		]));
});
