/** The reading pages' filter: what a choice keeps, which ticked boxes narrow, and what it says. */
import { describe, expect, test } from 'vitest';
import { filterStatus, keeps, keepsAreas, narrowing, type Choice } from '../../src/client/filter/choice.ts';
import { pathwayChoice } from '../../src/client/filter/pathway-state.ts';

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
	test('says once how many sub-capabilities it hides for having no match', () => {
		expect(filterStatus(6, 43, ['High quality supervision'], { none: 23, of: 28 })).toBe(
			'Showing 6 of 43 attributes. Filtered by: High quality supervision. 23 of 28 sub-capabilities have none and are hidden.',
		);
		expect(filterStatus(6, 43, ['X'], { none: 1, of: 28 })).toBe('Showing 6 of 43 attributes. Filtered by: X. 1 of 28 sub-capabilities has none and is hidden.');
		expect(filterStatus(6, 43, ['X'], { none: 0, of: 28 })).toBe('Showing 6 of 43 attributes. Filtered by: X.');
	});
});

describe('pathwayChoice', () => {
	const offered = ['pathway-1', 'pathway-2', 'pathway-3', 'pathway-4'];
	test('is the one pathway named', () => expect(pathwayChoice(['pathway-3'], offered)).toBe('pathway-3'));
	test('is all when none or every one is named', () => {
		expect(pathwayChoice([], offered)).toBe('');
		expect(pathwayChoice([...offered].reverse(), offered)).toBe('');
	});
	test('is none of its choices for two of four', () => expect(pathwayChoice(['pathway-1', 'pathway-4'], offered)).toBeUndefined());
	test('ignores what it does not offer', () => expect(pathwayChoice(['pathway-9', 'pathway-2'], offered)).toBe('pathway-2'));
});
