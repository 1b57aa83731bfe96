/** Search's own logic, on a few fake results: which match a query, what is asked of Pagefind, facets, what it says. */
import { describe, expect, test } from 'vitest';
import { countFacets, facetValues, inFacets, inOrder } from '../../src/client/search/facets.ts';
import { joinHyphens, matches, searchAsks, stopWords, wordsOf } from '../../src/client/search/matching.ts';
import { spellingVariant } from '../../src/client/search/spelling.ts';
import { maxResults, moreText, shownResults, statusText } from '../../src/client/search/status.ts';

const result = (content: string, audience?: string) => ({ content, meta: { audience } });

describe('wordsOf', () => {
	test('splits on anything that is not a letter or digit, in lower case', () =>
		expect(wordsOf('Multi-agency "work" & P2-CU2.1')).toEqual(['multi', 'agency', 'work', 'p2', 'cu2', '1']));

	test('keeps letters beyond ASCII', () => expect(wordsOf('Café naïve')).toEqual(['café', 'naïve']));
});

describe('joinHyphens', () => {
	test('joins words hyphenated between letters', () => expect(joinHyphens('well-being')).toBe('wellbeing'));
	test('leaves a hyphen beside a digit or a space', () => expect(joinHyphens('P2-CU1 and - so')).toBe('P2-CU1 and - so'));
});

describe('stopWords', () => {
	test('holds the commonest question words but no word of the framework', () => {
		expect(['what', 'does', 'the', 'framework', 'say', 'about', 'for', 'of'].every((w) => stopWords.has(w))).toBe(true);
		expect(['supervision', 'service', 'heads', 'clarity'].some((w) => stopWords.has(w))).toBe(false);
	});
});

describe('matches', () => {
	test('keeps a result that has every word of the query', () =>
		expect(matches(result('Models high quality supervision.'), 'quality supervision', undefined)).toBe(true));

	test('drops a result that lacks one of the words', () =>
		expect(matches(result('Models high quality supervision.'), 'quality thresholds', undefined)).toBe(false));

	test('drops a result Pagefind found by a fragment of a word', () =>
		expect(matches(result('Works with partner organisations or agencies.'), 'organization', undefined)).toBe(false));

	test('keeps a result with the word in the other spelling', () =>
		expect(matches(result('Works with partner organisations.'), 'organization', spellingVariant('organization'))).toBe(true));

	test('does not require the commonest words', () =>
		expect(matches(result('Models high quality supervision.'), 'what does the framework say about supervision', undefined)).toBe(true));

	test('requires the common words when there are no others', () => expect(matches(result('Supervision.'), 'what about', undefined)).toBe(false));

	test('matches the pathway audience as well as the text', () =>
		expect(matches(result('Sets a clear direction.', 'Heads of service'), 'direction for heads of service', undefined)).toBe(true));

	test('finds "wellbeing" in "well-being" and "well-being" in "wellbeing"', () => {
		expect(matches(result('Looks after staff well-being.'), 'wellbeing', undefined)).toBe(true);
		expect(matches(result('Looks after staff wellbeing.'), 'well-being', undefined)).toBe(true);
	});

	test('matches a word by its stem, so "decisions" finds "decision"', () =>
		expect(matches(result('Sound decision making.'), 'decisions', undefined)).toBe(true));
});

describe('searchAsks', () => {
	test('sends the words but the commonest, and requires the words of what was typed', () =>
		expect(searchAsks('what about supervision')).toEqual({ query: 'what about supervision', variant: undefined, asks: ['supervision'] }));

	test('asks for the other spelling too', () =>
		expect(searchAsks('organisation')).toEqual({ query: 'organisation', variant: 'organization', asks: ['organisation', 'organization'] }));

	test('asks for hyphenated words apart too', () => expect(searchAsks('decision-making').asks).toEqual(['decision-making', 'decision making']));

	test('sends a quoted phrase as it is', () => expect(searchAsks('"the team"').asks).toEqual(['"the team"']));

	test('asks Pagefind for everything the facets match when nothing is typed', () =>
		expect(searchAsks('')).toEqual({ query: '', variant: undefined, asks: [null] }));

	test('sends a code as it is', () => expect(searchAsks('P2-CU2.1').asks[0]).toBe('P2-CU2.1'));
});

describe('spellingVariant', () => {
	test.each([
		['judgement', 'judgment'],
		['behavior', 'behaviour'],
		['organisational', 'organizational'],
		['prioritize', 'prioritise'],
		['Centre of practice', 'center of practise'],
	])('%s is also %s', (query, variant) => expect(spellingVariant(query)).toBe(variant));

	test('is undefined when no word has another spelling', () => expect(spellingVariant('supervision')).toBeUndefined());
	test('does not take a short word for -ise', () => expect(spellingVariant('wise')).toBeUndefined());
});

const facetResults = [
	{ filters: { kind: ['Attribute'], pathway: ['Pathway 2'], area: ['Making Decisions', 'Leadership Essentials'] } },
	{ filters: { kind: ['Attribute'], pathway: ['Pathway 3'], area: ['Making Decisions'] } },
	{ filters: { kind: ['Resource'], area: ['Leadership Essentials'] } },
];

describe('inFacets', () => {
	test('keeps a result with one of the chosen values of each facet', () => {
		expect(facetResults.filter((r) => inFacets(r, { pathway: ['Pathway 2', 'Pathway 3'], area: ['Making Decisions'] }))).toHaveLength(2);
		expect(facetResults.filter((r) => inFacets(r, { kind: ['Resource'] }))).toEqual([facetResults[2]]);
	});

	test('ignores a facet with nothing chosen, and the one it is told to', () => {
		expect(facetResults.filter((r) => inFacets(r, { pathway: [] }))).toHaveLength(3);
		expect(facetResults.filter((r) => inFacets(r, { pathway: ['Pathway 9'] }, 'pathway'))).toHaveLength(3);
	});
});

describe('countFacets', () => {
	test('counts each value of each facet over the results', () =>
		expect(countFacets(facetResults, {})).toEqual({
			kind: { Attribute: 2, Resource: 1 },
			pathway: { 'Pathway 2': 1, 'Pathway 3': 1 },
			area: { 'Making Decisions': 2, 'Leadership Essentials': 2 },
		}));

	test('counts a facet with the other facets chosen but not its own, so each count is what ticking it adds', () => {
		const chosen = { pathway: ['Pathway 2'], area: ['Making Decisions'] };
		const counts = countFacets(facetResults, chosen);
		expect(counts['pathway']).toEqual({ 'Pathway 2': 1, 'Pathway 3': 1 });
		expect(counts['area']).toEqual({ 'Making Decisions': 1, 'Leadership Essentials': 1 });
		// Ticking Pathway 3 as well shows what its count said.
		const ticked = { ...chosen, pathway: ['Pathway 2', 'Pathway 3'] };
		expect(facetResults.filter((r) => inFacets(r, ticked))).toHaveLength(1 + counts['pathway']!['Pathway 3']!);
	});
});

describe('facet order', () => {
	test('lists values in the framework order, then others A–Z', () =>
		expect(['Zeta', 'Clarity', 'Alpha', 'Curiosity'].sort(inOrder(['Curiosity', 'Clarity']))).toEqual(['Curiosity', 'Clarity', 'Alpha', 'Zeta']));

	test('lists a chosen value with no results, once', () =>
		expect(facetValues({ 'Pathway 3': 2 }, ['Pathway 2', 'Pathway 3'], ['Pathway 2', 'Pathway 3'])).toEqual(['Pathway 2', 'Pathway 3']));
});

describe('statusText', () => {
	const state = { total: 3, cut: false, showAll: false, query: 'supervision', chosen: {} };

	test('says how many results and for what', () => expect(statusText(state)).toBe('3 results for ‘supervision’.'));
	test('says one result in the singular', () => expect(statusText({ ...state, total: 1 })).toBe('1 result for ‘supervision’.'));
	test('says what the results are filtered by', () =>
		expect(statusText({ ...state, query: '', chosen: { pathway: ['Pathway 2'], kind: ['Attribute'] } })).toBe('3 results. Filtered by: Pathway 2, Attribute.'));
	test('says only the first are shown, and the button offers the rest', () => {
		const many = { ...state, total: shownResults + 5 };
		expect(statusText(many)).toBe(`${shownResults + 5} results for ‘supervision’. Showing the first ${shownResults}.`);
		expect(moreText(many)).toBe(`Show all ${shownResults + 5} results`);
	});
	test('past the most search reads, says "more than" and "the best", never "all"', () => {
		const cut = { ...state, total: maxResults, cut: true };
		expect(statusText(cut)).toBe(`More than ${maxResults} results for ‘supervision’. Showing the first ${shownResults} of the best ${maxResults}.`);
		expect(moreText(cut)).toBe(`Show the best ${maxResults} results`);
		expect(statusText({ ...cut, showAll: true })).toBe(`More than ${maxResults} results for ‘supervision’. Showing the best ${maxResults}: add words or choose facets to narrow them.`);
	});
	test('says nothing before anything is searched', () => expect(statusText({ ...state, total: 0, query: '' })).toBe(''));
});
