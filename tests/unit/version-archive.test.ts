/** An archived pathway's page data, from that version's own record (a small document in memory). */
import { describe, expect, test } from 'vitest';
import { areasNote, archivedPathway } from '../../src/lib/versions/archive.ts';

describe('an archived pathway', () => {
	const document = {
		pathways: [{ id: 'pathway-3', number: 3, title: 'Heads of Service', audience: 'Heads.' }],
		capabilities: [{ id: 'curiosity', code: 'CU', title: 'Maintaining Curiosity', description: 'Curiosity.' }],
		subCapabilities: [{ id: 'values', code: 'CU1', capability: 'curiosity', title: 'Values', description: 'Values.', pathwayDescriptions: { 'pathway-3': 'Values, Pathway 3.' } }],
		attributes: [{ id: 'a', code: 'P3-CU1.1', pathway: 'pathway-3', capability: 'curiosity', subCapability: 'values', order: 1, text: 'A.', areas: ['x'], areasFrom: 'editorial', formerIds: [] }],
	};

	test('words each sub-capability as that version had its pathway word it', () =>
		expect(archivedPathway(document, 'pathway-3').capabilities[0]!.subCapabilities.map((s) => s.description)).toEqual(['Values, Pathway 3.']));

	test('says how that version came by its areas, from its own record', () => {
		expect(areasNote(document.attributes)).toBe('The curriculum areas shown are assigned by the editors.');
		expect(areasNote([{ areasFrom: 'source' }])).toBeUndefined();
	});
});
