import { describe, expect, test } from 'vitest';
import type { ParsedContent } from '../../src/check/parsed.ts';
import { attributeLimit, implausibleValues } from '../../src/check/rules/implausible-values.ts';

const source = { file: 'pathways/pathway-9/attributes.yaml', data: {}, lineOf: () => 1, problems: [] };
const withAttributes = (count: number) =>
	({ resources: [], attributeFiles: [{ id: 'pathway-9', source, path: [], value: { 'curiosity-of-self': Array.from({ length: count }, () => ({})) } }] }) as unknown as ParsedContent;

describe('implausibleValues', () => {
	test('refuses a pathway with more attributes than a page can carry', () => {
		expect(implausibleValues(withAttributes(attributeLimit + 1))[0]?.message).toContain(`has ${attributeLimit + 1} attributes`);
	});

	test('accepts a pathway of any real size', () => {
		expect(implausibleValues(withAttributes(100))).toEqual([]);
	});
});
