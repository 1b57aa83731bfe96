/** Search's own logic, on a few fake results: which match a query, what is asked of Pagefind, facets, what it says. */
import { describe, expect, test } from 'vitest';
import { countFacets, facetValues, inFacets, inOrder } from '../../src/client/search/facets.ts';
import { areaSearchUrl, namedArea } from '../../src/client/search/areas.ts';
import { searchParams, valueId } from '../../src/client/search/url-state.ts';
import { rankedResults } from '../../src/client/search/engine.ts';
import { keepWhole, mergeRanked, rankedQuery, searchAsks, stopWords, wholeWords, wordsOf, worthPreloading } from '../../src/client/search/matching.ts';
import type { Pagefind } from '../../src/client/search/pagefind.ts';
import { spellingVariant } from '../../src/client/search/spelling.ts';
import { wordForms } from '../../src/client/search/word-forms.ts';
import { moreText, noneText, shownResults, statusText } from '../../src/client/search/status.ts';
import { facetCountsOf, type SearchRecord } from '../../src/lib/search-records.ts';

describe('wordsOf', () => {
	test('splits on anything that is not a letter or digit, in lower case', () =>
		expect(wordsOf('Multi-agency "work" & P2-CU2.1')).toEqual(['multi', 'agency', 'work', 'p2', 'cu2', '1']));

	test('keeps letters beyond ASCII', () => expect(wordsOf('Café naïve')).toEqual(['café', 'naïve']));
});

describe('stopWords', () => {
	test('holds the commonest question words but no word of the framework', () => {
		expect(['what', 'does', 'the', 'framework', 'say', 'about', 'for', 'of'].every((w) => stopWords.has(w))).toBe(true);
		expect(['supervision', 'service', 'heads', 'clarity'].some((w) => stopWords.has(w))).toBe(false);
	});
});

describe('wholeWords', () => {
	test('lists the words of an ask, once each, to be searched for alone and exactly', () =>
		expect(wholeWords('care plans care')).toEqual(['care', 'plans']));
	test('keeps a code and a hyphenated word whole, as Pagefind reads them', () =>
		expect(wholeWords('P2-CU2.1 multi-agency')).toEqual(['P2-CU2.1', 'multi-agency']));
	test('leaves out what has no letter or digit, such as "&"', () =>
		expect(wholeWords('capacity resourcefulness & impact')).toEqual(['capacity', 'resourcefulness', 'impact']));
	test('checks nothing in a quoted phrase, which Pagefind matches exactly', () => expect(wholeWords('"the team"')).toEqual([]));
	test('checks each word and each phrase of an ask with more than one phrase', () =>
		expect(wholeWords('staff "well being" support')).toEqual(['staff', 'support', 'well being']));
});

describe('rankedQuery', () => {
	test('sends one quoted phrase as it is', () => expect(rankedQuery('"well being"')).toBe('"well being"'));
	// Pagefind keeps a phrase only when it is the whole query: `wholeWords` holds the phrase then.
	test('sends the words of a longer ask without quotes', () => expect(rankedQuery('staff "well being"')).toBe('staff well being'));
});

describe('keepWhole', () => {
	// Pagefind's search for "care" finds "carers" too; its exact search for "care" finds the whole word only.
	const found = [
		{ id: 'cares-personally', score: 15 },
		{ id: 'carers-domain', score: 5 },
		{ id: 'managing-complexity', score: 0 },
	];

	test('drops a result no exact search of the word finds: it matched a longer word ("care" in "carers")', () =>
		expect(keepWhole(found, [new Set(['cares-personally', 'managing-complexity'])]).map((r) => r.id)).toEqual(['cares-personally']));

	test('requires every word of the ask', () =>
		expect(keepWhole(found, [new Set(['cares-personally', 'carers-domain']), new Set(['carers-domain'])]).map((r) => r.id)).toEqual(['carers-domain']));

	test('drops a result that scores 0: it matched only where it sits or who its pathway is for', () =>
		expect(keepWhole(found, [new Set(found.map((r) => r.id))]).map((r) => r.id)).not.toContain('managing-complexity'));

	test('keeps every result of a quoted phrase, which has no words to check', () => expect(keepWhole(found, [])).toHaveLength(2));
});

describe('worthPreloading', () => {
	test('waits for a word of three letters or digits, or a finished one, before fetching its index', () => {
		expect(['s', 'su', 'high s', ' '].map(worthPreloading)).toEqual([false, false, false, false]);
		expect(['sup', 'high ', 'high sup', 'P2-CU2.1', 'multi-a'].map(worthPreloading)).toEqual([true, true, true, true, true]);
	});
});

describe('rankedResults', () => {
	// A fake Pagefind: what each search was asked, and for "care" one result by a longer word ("carers").
	const asked: { query: string | null; filters: unknown }[] = [];
	const engine = {
		search: async (query: string | null, options?: { filters?: unknown }) => {
			asked.push({ query, filters: options?.filters });
			const ids = query === 'care' ? ['a', 'b'] : ['a'];
			return { results: ids.map((id) => ({ id, score: 1, data: async () => ({}) })), filters: {} };
		},
	} as unknown as Pagefind;

	test('asks Pagefind for the facets chosen in every search, so the first results wait for no facet index', async () => {
		asked.length = 0;
		const filters = { area: { any: ['Leading Change'] } };
		const results = await rankedResults(engine, ['care'], filters);
		expect(results.map((r) => r.id)).toEqual(['a']);
		expect(asked).toEqual([{ query: 'care', filters }, { query: '"care"', filters }]);
	});
});

describe('rankedResults of a word with other forms', () => {
	// A fake index: "a" says "child", "b" "children", "c" "childhood".
	const words: Record<string, string> = { a: 'child', b: 'children', c: 'childhood' };
	const engine = {
		search: async (query: string) => {
			// Pagefind's search finds words that start like the query's; its quoted search the whole word only.
			const word = query.replaceAll('"', '').toLowerCase();
			const ids = Object.keys(words).filter((id) => (query.startsWith('"') ? words[id] === word : words[id]!.startsWith(word)));
			return { results: ids.map((id) => ({ id, score: 1, data: async () => ({}) })), filters: {} };
		},
	} as unknown as Pagefind;
	const found = async (typed: string) => (await rankedResults(engine, searchAsks(typed).asks as string[])).map((r) => r.id).sort();

	test.each([
		['child', ['a', 'b']],
		['children', ['a', 'b']],
		['Children', ['a', 'b']],
	])('"%s" finds both forms of the word, and no longer word ("childhood")', async (typed, ids) => expect(await found(typed)).toEqual(ids));
});

describe('mergeRanked', () => {
	test('lists a result found by several asks once, at its best score, best first', () =>
		expect(mergeRanked([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 4 }]])).toEqual([{ id: 'a', score: 4 }, { id: 'b', score: 3 }]));
});

describe('namedArea', () => {
	const areas = ['Leadership Essentials', 'Listening to Children & Families', 'High quality supervision', 'Leading Change'];

	test.each([
		['High Quality Supervision', 'High quality supervision'],
		['high quality supervision for pathway 3', 'High quality supervision'],
		['listening to children and families', 'Listening to Children & Families'],
		['Listening to Children', 'Listening to Children & Families'],
		['listening to child', 'Listening to Children & Families'],
		['leading change', 'Leading Change'],
	])('"%s" names %s', (query, area) => expect(namedArea(query, areas)).toBe(area));

	test.each(['supervision', 'children', 'child', 'leading', 'quality of supervision', 'change leading'])('"%s" names no area', (query) =>
		expect(namedArea(query, areas)).toBeUndefined());
});

const names = { pathway: { 'pathway-3': 'Pathway 3' }, area: { 'leading-change': 'Leading Change', 'making-decisions': 'Making Decisions' } };

describe('areaSearchUrl', () => {
	test("lists the area's attributes on the pathways and capabilities chosen, not the other facets, by ids", () =>
		expect(areaSearchUrl('Leading Change', { pathway: ['Pathway 3'], kind: ['Resource'], area: ['Making Decisions'] }, names)).toBe(
			'/search/?kind=Attribute&area=leading-change&pathway=pathway-3',
		));
});

describe('searchParams', () => {
	// An id outlives a rename: a saved link still finds the area.
	test('gives each facet value by its id, and a value without one as it is', () =>
		expect(searchParams('supervision', { kind: ['Attribute'], pathway: ['Pathway 3'], area: ['Making Decisions', 'Leading Change'] }, names).toString()).toBe(
			'q=supervision&kind=Attribute&pathway=pathway-3&area=making-decisions&area=leading-change',
		));
	test('gives a name no id has as it is', () => expect(valueId(names, 'area', 'Somewhere else')).toBe('Somewhere else'));
});

describe('searchAsks', () => {
	test('sends the words but the commonest, and requires the words of what was typed', () =>
		expect(searchAsks('what about supervision')).toEqual({ query: 'what about supervision', variant: undefined, asks: ['supervision'] }));

	test('asks for the other spelling too', () =>
		expect(searchAsks('organisation')).toEqual({ query: 'organisation', variant: 'organization', asks: ['organisation', 'organization'] }));

	test('asks for hyphenated words as a phrase too', () => {
		expect(searchAsks('decision-making').asks).toEqual(['decision-making', '"decision making"']);
		expect(searchAsks('staff well-being P2-CU2.1').asks).toEqual(['staff well-being P2-CU2.1', 'staff "well being" P2-CU2.1']);
		// In a phrase the reader quoted, and beside one (found by the review).
		expect(searchAsks('"long-term outcomes"').asks).toEqual(['"long-term outcomes"', '"long term outcomes"']);
		expect(searchAsks('"safe uncertainty" decision-making').asks).toEqual(['"safe uncertainty" decision-making', '"safe uncertainty" "decision making"']);
	});

	test('sends a quoted phrase as it is', () => expect(searchAsks('"the team"').asks).toEqual(['"the team"']));

	test('asks Pagefind for everything the facets match when nothing is typed', () =>
		expect(searchAsks('')).toEqual({ query: '', variant: undefined, asks: [null] }));

	test('sends a code as it is', () => expect(searchAsks('P2-CU2.1').asks[0]).toBe('P2-CU2.1'));

	test('asks for the other forms of a word too, what was typed first', () => {
		expect(searchAsks('child').asks).toEqual(['child', 'children']);
		expect(searchAsks('supervision of children').asks).toEqual(['supervision children', 'supervision child']);
	});

	test('asks for the other forms of the words in the other spelling too, not in a phrase', () =>
		expect(searchAsks('child-centred behaviour').asks).toEqual([
			'child-centred behaviour',
			'child-centred behavior',
			'"child centred" behaviour',
		]));

	test('asks nothing more for words with no other form, so that they fetch no more of the index', () => {
		expect(searchAsks('care').asks).toEqual(['care']);
		expect(searchAsks('supervision of staff').asks).toEqual(['supervision staff']);
	});
});

describe('wordForms', () => {
	test('gives every other combination of the forms of the words', () =>
		expect(wordForms('child and children')).toEqual(['child and child', 'children and children', 'children and child']));
	test('keeps a possessive', () => expect([...wordForms("children's voices"), ...wordForms('child’s')]).toEqual(["child's voices", 'children’s']));
	// "people" would find "personal" through "person" (Pagefind's stemmer), and "life" "lived" through "lives".
	test('joins no forms that the stemmer would carry into other words', () => expect([...wordForms('people'), ...wordForms('life')]).toEqual([]));
	test('is empty when no word has another form', () => expect(wordForms('care plans')).toEqual([]));
	test('leaves a quoted phrase as it is', () => expect(wordForms('"child protection"')).toEqual([]));
	test('keeps a word with another form inside a longer word as it is ("childhood")', () => expect(wordForms('childhood')).toEqual([]));
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

	test('counts a facet with the other facets chosen but not its own', () => {
		const counts = countFacets(facetResults, { pathway: ['Pathway 2'], kind: ['Attribute'] });
		expect(counts['kind']).toEqual({ Attribute: 1 });
		expect(counts['area']).toEqual({ 'Making Decisions': 1, 'Leadership Essentials': 1 });
	});

	// Boxes of one facet combine as "either": Leadership Essentials adds one result to the two of Making Decisions.
	test('counts an unticked value as what ticking it shows: its facet\'s results so far and those it adds', () => {
		const chosen = { area: ['Making Decisions'] };
		const counts = countFacets(facetResults, chosen);
		expect(counts['area']).toEqual({ 'Making Decisions': 2, 'Leadership Essentials': 3 });
		const ticked = { area: ['Making Decisions', 'Leadership Essentials'] };
		expect(facetResults.filter((r) => inFacets(r, ticked))).toHaveLength(counts['area']!['Leadership Essentials']!);
		// A ticked value counts its own results, whatever else is ticked beside it.
		expect(countFacets(facetResults, ticked)['area']).toEqual({ 'Making Decisions': 2, 'Leadership Essentials': 2 });
	});

	test('counts, with another facet chosen, what ticking a second value of this one shows', () => {
		const chosen = { pathway: ['Pathway 2'], area: ['Making Decisions'] };
		const counts = countFacets(facetResults, chosen);
		expect(counts['pathway']).toEqual({ 'Pathway 2': 1, 'Pathway 3': 2 });
		expect(facetResults.filter((r) => inFacets(r, { ...chosen, pathway: ['Pathway 2', 'Pathway 3'] }))).toHaveLength(counts['pathway']!['Pathway 3']!);
	});
});

describe('facet order', () => {
	test('lists values in the framework order, then others A–Z', () =>
		expect(['Zeta', 'Clarity', 'Alpha', 'Curiosity'].sort(inOrder(['Curiosity', 'Clarity']))).toEqual(['Curiosity', 'Clarity', 'Alpha', 'Zeta']));

	test('lists a chosen value with no results, once', () =>
		expect(facetValues({ 'Pathway 3': 2 }, ['Pathway 2', 'Pathway 3'], ['Pathway 2', 'Pathway 3'])).toEqual(['Pathway 2', 'Pathway 3']));
});

describe('facetCountsOf', () => {
	test('counts the records of each value of each facet the page offers, and no other', () => {
		const record = (filters: SearchRecord['filters']) => ({ url: '/', content: '', language: 'en', meta: { title: '', kind: '', context: '' }, filters }) as const;
		expect(facetCountsOf([record({ kind: ['Attribute'], area: ['A', 'B'], areasFrom: ['source'] }), record({ kind: ['Attribute'], area: ['A'] })])).toEqual({
			kind: { Attribute: 2 },
			area: { A: 2, B: 1 },
		});
	});
});

describe('statusText', () => {
	const state = { total: 3, shown: 3, query: 'supervision', chosen: {} };

	test('says how many results and for what', () => expect(statusText(state)).toBe('3 results for ‘supervision’.'));
	test('says one result in the singular', () => expect(statusText({ ...state, total: 1, shown: 1 })).toBe('1 result for ‘supervision’.'));
	test('says what the results are filtered by', () =>
		expect(statusText({ ...state, query: '', chosen: { pathway: ['Pathway 2'], kind: ['Attribute'] } })).toBe('3 results. Filtered by: Pathway 2, Attribute.'));
	test('counts every result, however many, and says how many are shown', () => {
		const many = { ...state, total: 250, shown: shownResults };
		expect(statusText(many)).toBe(`250 results for ‘supervision’. Showing the first ${shownResults}.`);
		expect(statusText({ ...many, shown: 2 * shownResults })).toBe(`250 results for ‘supervision’. Showing the first ${2 * shownResults}.`);
	});
	test('the button offers the next page, or what is left of it', () => {
		expect(moreText({ ...state, total: 250, shown: shownResults })).toBe(`Show ${shownResults} more results`);
		expect(moreText({ ...state, total: shownResults + 1, shown: shownResults })).toBe('Show 1 more result');
	});
	test('says nothing before anything is searched', () => expect(statusText({ ...state, total: 0, shown: 0, query: '' })).toBe(''));
	test('says "0 results" when the choices alone find nothing', () =>
		expect(statusText({ total: 0, shown: 0, query: '', chosen: { kind: ['Pathway'], area: ['Leading Change'] } })).toBe('0 results. Filtered by: Pathway, Leading Change.'));
});

describe('noneText', () => {
	test('speaks of the words when some were typed', () => expect(noneText('xyzzy')).toBe('Nothing matches every word. You could:'));
	test('speaks of the choices when no word was typed', () => expect(noneText('')).toBe('Nothing matches all your choices. You could:'));
});
