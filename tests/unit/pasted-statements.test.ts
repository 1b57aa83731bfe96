import { describe, expect, test } from 'vitest';
import type { ParsedContent } from '../../src/check/parsed.ts';
import { pastedStatements } from '../../src/check/rules/pasted-statements.ts';

const source = { file: 'pathways/pathway-9/attributes.yaml', data: {}, lineOf: () => 4, problems: [] };
const statement = (text: string) =>
	pastedStatements({ attributeFiles: [{ id: 'pathway-9', source, path: [], value: { 'curiosity-of-self': [{ text }] } }] } as unknown as ParsedContent);

describe('a statement pasted from a document', () => {
	test.each(['1. Clear on own strengths.', '12) Clear on own strengths.', '(a) Clear on own strengths.', 'b) Clear on own strengths.', '2.1 Clear on own strengths.'])('is refused when it keeps the list numbering, as in %j', (text) => {
		const [problem] = statement(text);
		expect(problem?.message).toContain('the numbering of the list it was copied from');
		expect(problem?.message).toContain('so the text starts "Clear on own strengths."');
		expect(problem?.line).toBe(4);
	});

	test.each(['“Clear on own strengths.”', '‘Clear on own strengths’.'])('is refused when wrapped in quotation marks, as in %j', (text) => {
		expect(statement(text)[0]?.message).toContain('is wrapped in the quotation marks');
	});

	test.each([
		'Clear on own strengths and development areas.',
		'360-degree feedback is sought and used.',
		'Uses “good enough” thinking, and ‘curiosity’ too.',
		'“Good enough” is a phrase they question, and “better” too.',
		'1:1 supervision is regular.',
	])('is accepted when it is only words, as %j', (text) => {
		expect(statement(text)).toEqual([]);
	});
});
