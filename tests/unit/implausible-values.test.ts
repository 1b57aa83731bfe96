import { describe, expect, test } from 'vitest';
import type { ParsedContent } from '../../src/check/parsed.ts';
import { implausibleValues, statementWarningLength } from '../../src/check/rules/implausible-values.ts';
import { attributeLimit, pageSize } from '../../src/check/rules/page-size.ts';

const source = { file: 'pathways/pathway-9/attributes.yaml', data: {}, lineOf: () => 1, problems: [] };
const withAttributes = (count: number, text = 'A statement.') =>
	({ resources: [], attributeFiles: [{ id: 'pathway-9', source, path: [], value: { 'curiosity-of-self': Array.from({ length: count }, () => ({ text })) } }] }) as unknown as ParsedContent;
const published = (date: string) =>
	({ attributeFiles: [], resources: [{ id: 'sample', source: { ...source, file: 'resources/sample.mdx' }, path: [], value: { published: date } }] }) as unknown as ParsedContent;

describe('pageSize', () => {
	test('refuses a pathway with more attributes than a page can carry', () => {
		expect(pageSize(withAttributes(attributeLimit + 1))[0]?.message).toContain(`has ${attributeLimit + 1} attributes`);
	});

	test('accepts a pathway of any real size', () => {
		expect(pageSize(withAttributes(100))).toEqual([]);
	});
});

describe('implausibleValues', () => {
	test('warns of a statement as long as a page, saying how long', () => {
		const [warning] = implausibleValues(withAttributes(1, 'x'.repeat(5000)));
		expect(warning?.message).toContain('is 5,000 characters long');
		expect(warning?.field).toBe('curiosity-of-self › #1 › text');
	});

	test('says nothing of a statement of one or two long sentences', () => {
		expect(implausibleValues(withAttributes(1, 'x'.repeat(statementWarningLength)))).toEqual([]);
	});

	test.each([
		['Leads  with care.', 'has two spaces together after "Leads"'],
		['Leads with care. ', 'ends with a space'],
		[' Leads with care.', 'starts with a space'],
	])('warns of a statement written %j, where', (text, what) => {
		const [warning] = implausibleValues(withAttributes(1, text));
		expect(warning?.message).toMatch(new RegExp(`^${what}, which the page hides`));
	});

	test('says nothing of single spaces', () => expect(implausibleValues(withAttributes(1, 'Leads with care, and thinks.'))).toEqual([]));

	test('warns of a publication year still to come, and not of this one', () => {
		expect(implausibleValues(published('2071-01'), 2026)[0]?.message).toContain('is in 2071, which has not come yet');
		expect(implausibleValues(published('2026-12'), 2026)).toEqual([]);
	});
});
