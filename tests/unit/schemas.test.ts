/** The entity schemas accept what editors should write and reject what they should not. */
import { describe, expect, test } from 'vitest';
import {
	attributeEntrySchema,
	attributeFileSchema,
	contentId,
	curriculumAreaSchema,
	pathwaySchema,
	publicationDate,
	resourceSchema,
} from '../../schemas/index.ts';

const attribute = { id: 'p2-knows-self', code: 'P2-CU2.1', text: 'Knows own strengths.', areas: ['leadership-essentials'], areasFrom: 'editorial' };
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('contentId', () => {
	test.each(['making-decisions', 'p2-role-models-curiosity', 'pathway-2'])('accepts %s', (id) => expect(contentId.safeParse(id).success).toBe(true));
	test.each(['Making Decisions', 'making&decisions', 'making_decisions', '-leading', ''])('rejects "%s"', (id) =>
		expect(contentId.safeParse(id).success).toBe(false));
});

describe('attributeEntrySchema', () => {
	test('accepts an editorial attribute, with no former ids by default', () =>
		expect(attributeEntrySchema.parse(attribute)).toEqual({ ...attribute, formerIds: [] }));

	test.each(['P2-CU2', 'p2-cu2.1', 'P0-CU2.1', 'P2-CU0.1'])('rejects the citation code %s', (code) =>
		expect(attributeEntrySchema.safeParse({ ...attribute, code }).success).toBe(false));

	test('trims the text and rejects empty text', () => {
		expect(attributeEntrySchema.parse({ ...attribute, text: '  Knows.  ' }).text).toBe('Knows.');
		expect(firstMessage(attributeEntrySchema.safeParse({ ...attribute, text: ' ' }))).toBe('must not be empty');
	});

	test('rejects an attribute with no area', () =>
		expect(firstMessage(attributeEntrySchema.safeParse({ ...attribute, areas: [] }))).toBe(
			'must list at least one curriculum area, e.g. areas: [making-decisions]',
		));

	test('rejects an area listed twice', () =>
		expect(attributeEntrySchema.safeParse({ ...attribute, areas: ['leading-change', 'leading-change'] }).success).toBe(false));

	test('refuses a former code listed twice, at the repeat, naming it', () => {
		const result = attributeEntrySchema.safeParse({ ...attribute, formerCodes: ['P2-CU1.3', 'P2-CL1.4', 'P2-CU1.3'] });
		expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['formerCodes', 2], 'P2-CU1.3 is listed twice: list each former code once']]);
		expect(attributeEntrySchema.safeParse({ ...attribute, formerCodes: ['P2-CU1.3', 'P2-CL1.4'] }).success).toBe(true);
	});

	test('requires the source symbol when the areas are our reading of it', () => {
		const result = attributeEntrySchema.safeParse({ ...attribute, areasFrom: 'source-symbol' });
		expect(result.error?.issues[0]?.path).toEqual(['sourceSymbol']);
		expect(attributeEntrySchema.safeParse({ ...attribute, areasFrom: 'source-symbol', sourceSymbol: '🧠' }).success).toBe(true);
	});

	test('accepts areas the source prints by name, with no symbol', () => {
		expect(attributeEntrySchema.safeParse({ ...attribute, areasFrom: 'source' }).success).toBe(true);
		expect(attributeEntrySchema.safeParse({ ...attribute, areasFrom: 'source', sourceSymbol: '🧠' }).success).toBe(false);
	});

	test('rejects an unknown field', () =>
		expect(attributeEntrySchema.safeParse({ ...attribute, aeras: [] }).error?.issues[0]?.code).toBe('unrecognized_keys'));
});

describe('attributeFileSchema', () => {
	test('rejects a sub-capability with no attributes', () =>
		expect(firstMessage(attributeFileSchema.safeParse({ 'curiosity-of-self': [] }))).toMatch(/has no attributes/));
});

describe('pathwaySchema', () => {
	test('accepts whole pathway numbers from 1', () => {
		const pathway = { title: 'Middle Leaders', audience: 'Middle leaders.' };
		expect(pathwaySchema.safeParse({ ...pathway, number: 4 }).success).toBe(true);
		expect(pathwaySchema.safeParse({ ...pathway, number: 0 }).success).toBe(false);
		expect(pathwaySchema.safeParse({ ...pathway, number: 2.5 }).success).toBe(false);
	});
});

describe('curriculumAreaSchema', () => {
	test('requires a reason for a symbol', () => {
		const area = { id: 'leading-change', order: 8, title: 'Leading Change', description: 'Change.', sourceSymbol: '🌱' };
		expect(curriculumAreaSchema.safeParse(area).error?.issues[0]?.path).toEqual(['symbolReasoning']);
		expect(curriculumAreaSchema.safeParse({ ...area, symbolReasoning: 'Growth.' }).success).toBe(true);
	});
});

describe('publicationDate', () => {
	test('accepts a full date, a month, or a YAML date object, as text', () => {
		expect(publicationDate.parse('2025-01-30')).toBe('2025-01-30');
		expect(publicationDate.parse('2015-03')).toBe('2015-03');
		expect(publicationDate.parse(new Date('2025-01-30T00:00:00Z'))).toBe('2025-01-30');
	});
	test.each(['30 January 2025', '2025-13', '2025', '2026-02-30', '2025-04-31'])('rejects "%s"', (date) => expect(publicationDate.safeParse(date).success).toBe(false));
});

describe('resourceSchema', () => {
	const resource = { title: 'T', kind: 'evidence', publisher: 'P', published: '2017-01', summary: 'S.', attribution: 'A.' };
	test('defaults its links to empty lists', () => expect(resourceSchema.parse(resource).subCapabilities).toEqual([]));
	test('rejects an unknown kind', () => expect(resourceSchema.safeParse({ ...resource, kind: 'blog' }).success).toBe(false));
	test('rejects a web address that is not one', () =>
		expect(resourceSchema.safeParse({ ...resource, sourceUrl: 'communitycare' }).success).toBe(false));
});

describe('attribute text', () => {
	const entry = (text: string) => attributeEntrySchema.safeParse({ id: 'p2-x', code: 'P2-CU1.1', text, areas: ['making-decisions'], areasFrom: 'editorial' }).success;
	test.each(['Knows the **system**.', 'Uses <b>bold</b>.', 'Tom &amp; Jerry.', 'Knows own strengths. 🧠', '• Knows own strengths.'])('refuses what was copied with it: %s', (text) =>
		expect(entry(text)).toBe(false));
	test.each(['Children & families.', 'Fewer than <5 visits and >90% reviewed.', 'Knows own strengths.'])('accepts plain text: %s', (text) => expect(entry(text)).toBe(true));
});
