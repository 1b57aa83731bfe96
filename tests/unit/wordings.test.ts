/** How a sub-capability's wordings are said: read from the small in-memory framework. */
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model.ts';
import { descriptionsNote, termDescription, whereTheyDiffer, wordingsHint, wordingLabel, wordingsOf } from '../../src/lib/wordings.ts';
import { modelEntries } from '../helpers/model-entries.ts';

// 'values' is worded otherwise by Pathway 3; 'self' and 'vision' alike by both.
const model = buildModel(modelEntries());
const sub = (id: string) => model.byId.subCapability.get(id)!;
const pathway = (id: string) => model.byId.pathway.get(id)!;

describe('wordingsOf', () => {
	test('gives one wording when every pathway words it alike', () =>
		expect(wordingsOf(sub('self')).map((w) => [w.description, wordingLabel(w)])).toEqual([['Self.', 'Pathway 2 and Pathway 3']]));

	test('gives each pathway its own wording where they differ, in pathway order', () =>
		expect(wordingsOf(sub('values')).map((w) => [wordingLabel(w), w.description])).toEqual([['Pathway 2', 'Values.'], ['Pathway 3', 'Values, as Pathway 3 words it.']]));

	test('gives only the wordings of the pathways a page shows', () => expect(wordingsOf(sub('values'), [pathway('pathway-2')])).toHaveLength(1));
});

describe('termDescription', () => {
	test('is the description when every pathway words it alike', () => expect(termDescription(sub('self'))).toBe('Self.'));

	test('names the sub-capability, and no one pathway\'s wording, where they differ', () =>
		expect(termDescription(sub('values'))).toBe("Curiosity of values (CU1), a sub-capability of Maintaining Curiosity. The pathways' sources word its description differently: this page gives each pathway's wording and effective attributes."));
});

// The sentence as it reads, its links' words in it.
const read = (parts: ReturnType<typeof descriptionsNote>) => parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

describe('descriptionsNote', () => {
	test('says the descriptions are the same for every pathway only when they are', () =>
		expect(read(descriptionsNote([sub('self'), sub('vision')]))).toBe('The descriptions of the capabilities and sub-capabilities are the same for every pathway.'));

	test('names the one that the pathways word differently', () =>
		expect(read(descriptionsNote(model.subCapabilities))).toBe("The descriptions of the capabilities and sub-capabilities are the same for every pathway, except Curiosity of values (CU1), which the pathways' sources word differently: its page gives each pathway's wording."));

	test('links each one it names to its page', () =>
		expect(descriptionsNote([sub('self'), sub('values')]).filter((part) => typeof part !== 'string')).toEqual([{ text: 'Curiosity of values (CU1)', href: sub('values').url }]));

	test('counts them in words where there are more, as the page writes "four" and "seven"', () =>
		// The small model words only one differently: the same one twice stands for two.
		expect(read(descriptionsNote([sub('values'), sub('values')]))).toMatch(/, except two sub-capabilities that the pathways' sources word differently: /));
});

describe('where the sources differ only in punctuation', () => {
	// CL4's two wordings: a full stop for a comma, and so a capital.
	const byPathway = ['Change agents, working with families.', 'Change agents. Working with families.'].map((description, i) => ({ pathway: pathway(`pathway-${i + 2}`), description, attributes: [] }));
	const punctuated = { ...sub('values'), byPathway };

	test('the note says the descriptions are the same but for their punctuation', () =>
		expect(read(descriptionsNote([punctuated]))).toBe("The descriptions of the capabilities and sub-capabilities are the same for every pathway, but for the punctuation of Curiosity of values (CU1): its page gives each pathway's wording."));
	test('the page description says so too', () => expect(termDescription(punctuated)).toContain("The pathways' sources punctuate its description differently"));
	test('the line before the wordings says where they differ', () =>
		expect(wordingsHint(punctuated, wordingsOf(punctuated))).toEqual([
			"The pathways' sources punctuate its description differently: ",
			'Pathway 2 has ',
			{ quote: '“agents, working”' },
			' and ',
			'Pathway 3 has ',
			{ quote: '“agents. Working”' },
			'.',
		]));
	test('one that differs in its words makes the note say they word them differently', () => expect(read(descriptionsNote([punctuated, sub('values')]))).toContain(", except two sub-capabilities that the pathways' sources word differently: "));
});

describe('whereTheyDiffer', () => {
	const wordings = (...texts: string[]) => texts.map((description, i) => ({ description, pathways: [pathway(`pathway-${i + 2}`)] }));
	const where = (...texts: string[]) => whereTheyDiffer(wordings(...texts)).map((d) => d.words);

	test('gives a comma with the word either side of it', () =>
		expect(where('the improvement of services promoting up to date knowledge', 'the improvement of services, promoting up to date knowledge')).toEqual([
			'services promoting',
			'services, promoting',
		]));
	test('gives a full stop for a comma, and the capital after it', () =>
		expect(where('Change agents, working with families.', 'Change agents. Working with families.')).toEqual(['agents, working', 'agents. Working']));
	test('gives a different word with a word of context either side', () =>
		expect(where('Leads the big team well.', 'Leads the red team well.')).toEqual(['the big team', 'the red team']));
	test('gives a difference at the very start or end', () => {
		expect(where('Leads teams.', 'Leads teams')).toEqual(['teams.', 'teams']);
		expect(where('leads teams', 'Leads teams')).toEqual(['leads', 'Leads']);
	});
	test('gives none where they agree, or differ over more than a few words', () => {
		expect(where('Same words.', 'Same words.')).toEqual([]);
		expect(where('One short text.')).toEqual([]);
		expect(where('Leads with care and makes the service safe for all.', 'Leads by example; holds every partner to account.')).toEqual([]);
	});
});
