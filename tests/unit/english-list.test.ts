import { describe, expect, test } from 'vitest';
import { englishList, englishListParts } from '../../src/lib/english-list.ts';

describe('englishList', () => {
	test('joins two with "and"', () => expect(englishList(['Pathway 1', 'Pathway 3'])).toBe('Pathway 1 and Pathway 3'));
	test('joins three or more with commas and a last "and"', () => expect(englishList(['Pathway 1', 'Pathway 3', 'Pathway 4'])).toBe('Pathway 1, Pathway 3 and Pathway 4'));
	test('leaves one as it is', () => expect(englishList(['Pathway 2'])).toBe('Pathway 2'));
});

describe('englishListParts', () => {
	const link = (text: string) => ({ text, href: `/${text}/` });
	test('keeps each item as given, the words between as text', () =>
		expect(englishListParts([link('A'), link('B'), link('C')])).toEqual([link('A'), ', ', link('B'), ' and ', link('C')]));
	test('gives one item alone', () => expect(englishListParts([link('A')])).toEqual([link('A')]));
});
