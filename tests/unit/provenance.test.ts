/** Where the areas come from, in words from the content: no pathway's story or name is assumed. */
import { describe, expect, test } from 'vitest';
import { attributeSchema, pathwaySchema } from '../../schemas/index.ts';
import { buildModel } from '../../src/lib/model.ts';
import { areasAssignedSentences, symbolPrintedBy } from '../../src/lib/provenance.ts';
import { modelEntries } from '../helpers/model-entries.ts';

// The small framework (Pathway 3 prints the 🔄 symbol, Pathway 2's areas are chosen), plus a
// Pathway 4 whose source prints the same symbol.
const entries = modelEntries();
const model = buildModel({
	...entries,
	pathways: [...entries.pathways, { id: 'pathway-4', data: pathwaySchema.parse({ number: 4, title: 'Practice Leaders', audience: 'For practice leaders.', areasAssigned: 'Pathway 4 prints symbols too.' }) }],
	attributes: [
		...entries.attributes,
		attributeSchema.parse({ id: 'p4-values-1', code: 'P4-CU1.1', text: 'Pathway 4, values, statement 1.', areas: ['leading-change'], areasFrom: 'source-symbol', sourceSymbol: '🔄', pathway: 'pathway-4', subCapability: 'values', order: 1 }),
	],
});
const pathway = (id: string) => model.byId.pathway.get(id)!;

describe('areasAssignedSentences', () => {
	test('gives each pathway its own sentence, in the order given', () => {
		expect(areasAssignedSentences([pathway('pathway-4'), pathway('pathway-2')])).toEqual(['Pathway 4 prints symbols too.', 'Pathway 2 areas are the editors’ choice.']);
	});

	test('gives none for a pathway whose source prints its areas by name', () => {
		expect(areasAssignedSentences([{ ...pathway('pathway-4'), areasFrom: new Set(['source'] as const) }])).toEqual([]);
	});
});

describe('symbolPrintedBy', () => {
	test('names every pathway whose attributes carry the symbol, as an English list', () => {
		expect(symbolPrintedBy(model.pathways, '🔄')).toBe('The Pathway 3 and Pathway 4 sources print');
	});

	test('names the one pathway, not an assumed Pathway 2', () => {
		expect(symbolPrintedBy([pathway('pathway-2'), pathway('pathway-3')], '🔄')).toBe('The Pathway 3 source prints');
	});
});
