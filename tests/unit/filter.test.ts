/** The reading pages' filter: what a choice keeps, which ticked boxes narrow, and what it says. */
import { describe, expect, test } from 'vitest';
import { filterStatus, keeps, keepsAreas, narrowing, type Choice } from '../../src/client/filter/choice.ts';

const choice = (area: string[] = [], pathway: string[] = []): Choice => ({ area, pathway, capability: [] });

describe('keeps', () => {
	test('keeps everything of a group with nothing ticked', () => expect(keeps(choice(), 'pathway', 'pathway-2')).toBe(true));
	test('keeps only the ticked pathways', () => {
		expect(keeps(choice([], ['pathway-3']), 'pathway', 'pathway-3')).toBe(true);
		expect(keeps(choice([], ['pathway-3']), 'pathway', 'pathway-2')).toBe(false);
	});
});

describe('keepsAreas', () => {
	test('keeps an attribute with any of the ticked areas', () => expect(keepsAreas(choice(['b']), 'a b')).toBe(true));
	test('hides one with none of them', () => expect(keepsAreas(choice(['c']), 'a b')).toBe(false));
	test('keeps all with no area ticked', () => expect(keepsAreas(choice(), 'a')).toBe(true));
});

describe('narrowing', () => {
	test('is the ticked boxes of groups not wholly ticked: all of a group is everything', () => {
		const both = [{ checked: true }, { checked: true }];
		const one = [{ checked: true }, { checked: false }];
		expect(narrowing([both, one])).toEqual([one[0]]);
	});
});

describe('filterStatus', () => {
	test('says how many of all are shown, and by what', () =>
		expect(filterStatus(7, 50, ['Making Decisions', 'Pathway 2'])).toBe('Showing 7 of 50 attributes. Filtered by: Making Decisions, Pathway 2.'));
	test('says all are shown when nothing narrows', () => expect(filterStatus(50, 50, [])).toBe('Showing all 50 attributes.'));
});
