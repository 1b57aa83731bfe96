/** The curriculum-area pages' sentences that depend on the content, read from the small in-memory framework. */
import { describe, expect, test } from 'vitest';
import { areaCount, areasLead, areasNote, pathwayCount, symbolCaption } from '../../src/lib/area-words.ts';
import { buildModel } from '../../src/lib/model.ts';
import { areaPage } from '../../src/lib/queries.ts';
import { modelEntries } from '../helpers/model-entries.ts';

const model = buildModel(modelEntries());

describe('areasLead', () => {
	test('counts the areas the content has, not a number written in', () =>
		expect(areasLead(model.curriculumAreas.length)).toBe(
			'Every effective attribute links to one or more of the 2 curriculum areas of the Pathways programme. Choose an area to see all its attributes.',
		));
});

describe('areaCount', () => {
	test('agrees with one attribute', () => {
		expect(areaPage(model, 'making-decisions').count).toBe(1);
		expect(areaCount(areaPage(model, 'making-decisions').count)).toBe('1 effective attribute links to this area.');
	});

	test('agrees with several', () => expect(areaCount(areaPage(model, 'leading-change').count)).toBe('6 effective attributes link to this area.'));
});

describe('areasNote', () => {
	// "…not the framework's words.The Pathway 2 source prints…" on the site (#4 of the review).
	test('puts a space between its sentences', () =>
		expect(areasNote(model.pathways)).toMatch(/^The descriptions of the areas are the site's own summaries, not the framework's words\. The Pathway 3 source prints a symbol/));

	test('names every pathway whose source prints symbols, and says nothing of symbols when none does', () => {
		expect(areasNote(model.pathways)).toMatch(/has no Pathway 3 attribute\.$/);
		expect(areasNote(model.pathways.filter((p) => p.id === 'pathway-2'))).toBe("The descriptions of the areas are the site's own summaries, not the framework's words.");
	});
});

test('symbolCaption names the source whose symbol it is', () => expect(symbolCaption(model.pathways)).toBe("The Pathway 3 source's symbol the editors read as this area"));

const pathway = (id: string) => model.byId.pathway.get(id)!;

describe('pathwayCount', () => {
	test('says the areas are the editors\', and "or areas" where an attribute has several', () =>
		expect(pathwayCount(pathway('pathway-2'), 2)).toBe("4 effective attributes in 2 capabilities. Next to each is the curriculum area, or areas, the site's editors linked it to."));

	test('says the editors read them from the source\'s symbols, where it prints one each', () =>
		expect(pathwayCount(pathway('pathway-3'), 2)).toBe("2 effective attributes in 2 capabilities. Next to each is the curriculum area the site's editors read in the symbol its source prints."));

	test('says the source links them only when it prints them by name', () =>
		expect(pathwayCount({ ...pathway('pathway-3'), areasFrom: new Set(['source'] as const) }, 1)).toMatch(/in 1 capability\. Next to each is the curriculum area its source links it to\.$/));
});
