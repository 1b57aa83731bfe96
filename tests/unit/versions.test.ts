import { describe, expect, test } from 'vitest';
import { summarise } from '../../src/check/version-rules.ts';
import { diffAttributes, diffContent, type VersionAttribute } from '../../src/lib/versions/diff.ts';
import { groupChanges } from '../../src/lib/versions/groups.ts';
import { buildHistory, type VersionRecord } from '../../src/lib/versions/history.ts';
import { compareVersions } from '../../src/lib/versions/order.ts';
import { wordDiff } from '../../src/lib/versions/words.ts';

const attribute = (id: string, text: string, extra: Partial<VersionAttribute> = {}): VersionAttribute => ({
	id, code: `P2-CU1.${id.length}`, pathway: 'pathway-2', capability: 'curiosity', subCapability: 'curiosity-of-self', order: 1, text,
	areas: ['leadership-essentials'], areasFrom: 'source', sourceSymbol: '🧠', formerIds: [], ...extra,
});

const before = [
	attribute('p2-stays', 'Stays the same.'),
	attribute('p2-reworded', 'Knows own strengths.'),
	attribute('p2-dropped', 'Listens to staff.'),
	attribute('p2-keeps-words', 'Reflects on practice.'),
	attribute('p2-old-name', 'Models curiosity.'),
	attribute('p2-successor', 'Listens to staff and families.'),
];
const after = [
	attribute('p2-stays', 'Stays the same.'),
	attribute('p2-reworded', 'Knows own strengths and development areas.'),
	attribute('p2-keeps-words', 'Reflects on practice.', { areas: ['making-decisions'], areasFrom: 'editorial', sourceSymbol: undefined }),
	attribute('p2-new-name', 'Models curiosity.', { formerIds: ['p2-old-name'] }),
	attribute('p2-successor', 'Listens to staff and families.', { formerIds: ['p2-dropped'] }),
	attribute('p2-added', 'Builds trust.'),
];

describe('diffAttributes', () => {
	const changes = diffAttributes(before, after);

	test('lists exactly the changed items, one change each', () => {
		expect(changes.map((c) => [c.kind, c.kind === 'removed' ? c.before.id : c.after.id, c.kind === 'changed' ? c.aspects : []])).toEqual([
			['changed', 'p2-reworded', ['reworded']],
			['changed', 'p2-keeps-words', ['retagged']],
			['changed', 'p2-new-name', ['renamed']],
			['added', 'p2-added', []],
			['removed', 'p2-dropped', []],
		]);
	});

	test('gives a rewording its old and new text', () => {
		const change = changes[0]!;
		expect(change.kind === 'changed' && [change.before.text, change.after.text]).toEqual(['Knows own strengths.', 'Knows own strengths and development areas.']);
	});

	test('names the successor of a removed attribute, from its formerIds', () => {
		const removal = changes.find((c) => c.kind === 'removed');
		expect(removal?.kind === 'removed' && removal.successor?.id).toBe('p2-successor');
	});

	test('counts a change of area provenance alone as a re-tagging', () => {
		const [change] = diffAttributes([attribute('a', 'x')], [attribute('a', 'x', { areasFrom: 'editorial', sourceSymbol: undefined })]);
		expect(change?.kind === 'changed' && change.aspects).toEqual(['retagged']);
	});

	test('counts a new sub-capability as a move, but not a new position in the list', () => {
		const moved = diffAttributes([attribute('a', 'x')], [attribute('a', 'x', { subCapability: 'curiosity-of-others', order: 3 })]);
		expect(moved[0]?.kind === 'changed' && moved[0].aspects).toEqual(['moved']);
		expect(diffAttributes([attribute('a', 'x')], [attribute('a', 'x', { order: 2 })])).toEqual([]);
	});

	test('finds nothing between a version and itself', () => {
		expect(diffContent({ attributes: before }, { attributes: before })).toEqual({ attributes: [], headings: [] });
	});
});

describe('diffContent', () => {
	test('lists a reworded sub-capability description', () => {
		const heading = { id: 'curiosity-of-self', code: 'CU1', title: 'Curiosity of self', description: 'Old words.' };
		const diff = diffContent({ attributes: [], subCapabilities: [heading] }, { attributes: [], subCapabilities: [{ ...heading, description: 'New words.' }] });
		expect(diff.headings).toEqual([{ kind: 'subCapability', id: 'curiosity-of-self', code: 'CU1', field: 'description', before: 'Old words.', after: 'New words.' }]);
	});

	test('lists a curriculum area\'s new title, and its description, which the check counts', () => {
		const area = { id: 'making-decisions', title: 'Making Decisions', description: 'Deciding.' };
		const diff = diffContent({ attributes: [], curriculumAreas: [area] }, { attributes: [], curriculumAreas: [{ ...area, title: 'Making Good Decisions', description: 'Deciding well.' }] });
		expect(diff.headings).toEqual([
			{ kind: 'curriculumArea', id: 'making-decisions', code: '', field: 'title', before: 'Making Decisions', after: 'Making Good Decisions' },
			{ kind: 'curriculumArea', id: 'making-decisions', code: '', field: 'description', before: 'Deciding.', after: 'Deciding well.' },
		]);
		expect(summarise(diff)).toBe('1 curriculum area title (making-decisions), 1 curriculum area description (making-decisions)');
	});

	test('names each moved attribute in the check\'s warning, as it names headings and areas', () => {
		const moved = (id: string) => attribute(id, 'x', { subCapability: 'curiosity-of-others' });
		const diff = diffContent({ attributes: [attribute('p2-a', 'x'), attribute('p2-b', 'y'), attribute('p2-c', 'x')] }, { attributes: [moved('p2-a'), attribute('p2-b', 'y2'), moved('p2-c')] });
		expect(summarise(diff)).toBe('2 moved (p2-a, p2-c), 1 reworded');
	});

	test('does not compare an area\'s description that a snapshot lacks', () => {
		const area = { id: 'making-decisions', title: 'Making Decisions' };
		expect(diffContent({ attributes: [], curriculumAreas: [area] }, { attributes: [], curriculumAreas: [{ ...area, description: 'Deciding.' }] }).headings).toEqual([]);
	});

	describe('a pathway\'s own wording of a description', () => {
		const sub = { id: 'curiosity-of-values', code: 'CU6', title: 'Values', description: 'Shared words.' };
		const headingsOf = (before: object, after: object) => diffContent({ attributes: [], subCapabilities: [{ ...sub, ...before }] }, { attributes: [], subCapabilities: [{ ...sub, ...after }] }).headings;
		const change = (pathway: string, before: string, after: string) => ({ kind: 'subCapability', id: sub.id, code: 'CU6', field: 'description', pathway, before, after });

		test('lists a rewording of it, naming the pathway', () => {
			expect(headingsOf({ pathwayDescriptions: { 'pathway-3': 'Old P3 words.' } }, { pathwayDescriptions: { 'pathway-3': 'New P3 words.' } })).toEqual([change('pathway-3', 'Old P3 words.', 'New P3 words.')]);
		});

		test('lists one given where the pathway had the shared words, and one taken away', () => {
			expect(headingsOf({ pathwayDescriptions: {} }, { pathwayDescriptions: { 'pathway-3': 'P3 words.' } })).toEqual([change('pathway-3', 'Shared words.', 'P3 words.')]);
			expect(headingsOf({ pathwayDescriptions: { 'pathway-3': 'P3 words.' } }, {})).toEqual([change('pathway-3', 'P3 words.', 'Shared words.')]);
		});

		test('lists a new shared description once, not for a pathway that keeps its own', () => {
			const own = { pathwayDescriptions: { 'pathway-3': 'P3 words.' } };
			expect(headingsOf(own, { ...own, description: 'New shared words.' })).toEqual([
				{ kind: 'subCapability', id: sub.id, code: 'CU6', field: 'description', before: 'Shared words.', after: 'New shared words.' },
			]);
		});

		test('finds nothing when only the field is new, as to an older snapshot without it', () => {
			expect(headingsOf({}, { pathwayDescriptions: {} })).toEqual([]);
			expect(headingsOf({ pathwayDescriptions: { 'pathway-3': 'P3 words.' } }, { pathwayDescriptions: { 'pathway-3': 'P3 words.' } })).toEqual([]);
		});

		test('is counted by the check\'s warning, with its pathway', () => {
			const diff = diffContent({ attributes: [], subCapabilities: [{ ...sub, pathwayDescriptions: { 'pathway-3': 'Old.' } }] }, { attributes: [], subCapabilities: [{ ...sub, pathwayDescriptions: { 'pathway-3': 'New.' } }] });
			expect(summarise(diff)).toBe('1 sub-capability description as pathway-3 words it (CU6)');
		});
	});

	// A renamed sub-capability (formerIds, as the README says) is the same place: its attributes did not move.
	const heading = { id: 'curiosity-of-self', code: 'CU2', capability: 'curiosity', title: 'Curiosity of self', description: 'Words.' };
	const renamed = { ...heading, id: 'curiosity-about-self', formerIds: ['curiosity-of-self'] };
	const under = (subCapability: string, pathway = 'pathway-2') => [attribute('p2-a', 'x', { subCapability, pathway }), attribute('p3-b', 'y', { subCapability, pathway: 'pathway-3' })];

	test('does not count the attributes of a renamed sub-capability as moved', () => {
		const diff = diffContent({ attributes: under('curiosity-of-self'), subCapabilities: [heading] }, { attributes: under('curiosity-about-self'), subCapabilities: [renamed] });
		expect(diff).toEqual({ attributes: [], headings: [] });
	});

	test('still counts a move out of a renamed sub-capability as a move', () => {
		const other = { ...heading, id: 'curiosity-of-others', code: 'CU3' };
		const diff = diffContent(
			{ attributes: under('curiosity-of-self'), subCapabilities: [heading, other] },
			{ attributes: [attribute('p2-a', 'x', { subCapability: 'curiosity-of-others' }), attribute('p3-b', 'y', { subCapability: 'curiosity-about-self', pathway: 'pathway-3' })], subCapabilities: [renamed, other] },
		);
		expect(diff.attributes.map((c) => [c.kind, c.kind === 'changed' && c.aspects, c.kind !== 'removed' && c.after.id])).toEqual([['changed', ['moved'], 'p2-a']]);
	});

	test('follows a renamed sub-capability through several versions, and a renamed capability', () => {
		const twice = { ...heading, id: 'curiosity-in-self', capability: 'maintaining-curiosity', formerIds: ['curiosity-of-self', 'curiosity-about-self'] };
		const capability = { id: 'maintaining-curiosity', code: 'CU', title: 'Maintaining Curiosity', description: 'Words.', formerIds: ['curiosity'] };
		const diff = diffContent({ attributes: under('curiosity-about-self'), subCapabilities: [renamed] }, { attributes: under('curiosity-in-self').map((a) => ({ ...a, capability: 'maintaining-curiosity' })), subCapabilities: [twice], capabilities: [capability] });
		expect(diff).toEqual({ attributes: [], headings: [] });
	});
});

describe('groupChanges', () => {
	test('puts a removed attribute under its capability, though the capability was renamed since', () => {
		const pathways = [{ id: 'pathway-2', number: 2, title: 'Pathway 2', audience: 'Managers' }];
		const capabilities = [{ id: 'maintaining-curiosity', code: 'CU', title: 'Maintaining Curiosity', description: 'Words.', formerIds: ['curiosity'] }];
		const removed = attribute('p2-gone', 'x', { capability: 'curiosity' });
		const groups = groupChanges([{ kind: 'removed', before: removed }], { pathways, capabilities, subCapabilities: [], attributes: [] });
		expect(groups.map((g) => [g.pathway.id, g.capabilities.map((c) => [c.capability.id, c.changes.length])])).toEqual([['pathway-2', [['maintaining-curiosity', 1]]]]);
	});
});

describe('wordDiff', () => {
	test('marks the words deleted and inserted, keeping the rest', () => {
		expect(wordDiff('Knows own strengths well.', 'Knows own strengths and development areas well.')).toEqual([
			{ kind: 'same', text: 'Knows own strengths' },
			{ kind: 'inserted', text: ' and development areas' },
			{ kind: 'same', text: ' well.' },
		]);
	});

	test('keeps a full stop apart from its word, and puts deleted words before inserted ones', () => {
		expect(wordDiff('Decides well.', 'Decides well and in good time.')).toEqual([
			{ kind: 'same', text: 'Decides well' },
			{ kind: 'inserted', text: ' and in good time' },
			{ kind: 'same', text: '.' },
		]);
		expect(wordDiff('Role models curiosity.', 'Models curiosity.').slice(0, 2)).toEqual([
			{ kind: 'deleted', text: 'Role models' },
			{ kind: 'inserted', text: 'Models' },
		]);
	});

	test('gives back both texts exactly', () => {
		const segments = wordDiff('Role models curiosity around purpose.', 'Models curiosity about moral purpose.');
		expect(segments.filter((s) => s.kind !== 'inserted').map((s) => s.text).join('')).toBe('Role models curiosity around purpose.');
		expect(segments.filter((s) => s.kind !== 'deleted').map((s) => s.text).join('').trim()).toBe('Models curiosity about moral purpose.');
	});
});

describe('compareVersions', () => {
	test('orders by number, part by part', () => {
		expect(['1.10', '2.0', '1.2', '1.0'].sort(compareVersions)).toEqual(['1.0', '1.2', '1.10', '2.0']);
		expect(compareVersions('1.0', '1.0.0')).toBe(0);
	});
});

const record = (version: string, attributes: VersionAttribute[], published = true): VersionRecord => ({
	version, date: `2026-0${version.replace('.', '')}-01`.slice(0, 10), note: `Version ${version}.`, published,
	document: { attributes, pathways: [{ id: 'pathway-2', number: 2, title: 'Middle Leaders', audience: '' }] },
});

describe('buildHistory', () => {
	test('is one published version and no changes when the content is the snapshot', () => {
		const history = buildHistory([record('1.0', before)], record('1.0', before));
		expect(history.steps.map((s) => [s.record.version, s.record.published, s.diff])).toEqual([['1.0', true, undefined]]);
	});

	test('adds the current content as an unpublished version when its version is raised', () => {
		const history = buildHistory([record('1.0', before)], record('1.1', after));
		expect(history.steps.map((s) => [s.record.version, s.record.published])).toEqual([['1.0', true], ['1.1', false]]);
		expect(history.current.diff?.attributes).toHaveLength(5);
	});

	test('gives a current attribute its earlier words and the ones it replaced', () => {
		const history = buildHistory([record('1.0', before)], record('1.1', after));
		expect(history.earlierOf('p2-reworded').map((e) => [e.version, e.change.before.text])).toEqual([['1.1', 'Knows own strengths.']]);
		expect(history.earlierOf('p2-successor').map((e) => [e.change.kind, e.change.before.id])).toEqual([['removed', 'p2-dropped']]);
		expect(history.earlierOf('p2-stays')).toEqual([]);
	});

	test('follows an attribute through several versions', () => {
		const v12 = after.map((a) => (a.id === 'p2-new-name' ? { ...a, text: 'Models curiosity daily.' } : a));
		const history = buildHistory([record('1.0', before), record('1.1', after)], record('1.2', v12));
		expect(history.earlierOf('p2-new-name').map((e) => [e.version, e.change.before.id, e.change.before.text])).toEqual([
			['1.2', 'p2-new-name', 'Models curiosity.'],
			['1.1', 'p2-old-name', 'Models curiosity.'],
		]);
		expect(history.currentOf('1.0', 'p2-old-name')?.id).toBe('p2-new-name');
		expect(history.currentOf('1.0', 'p2-dropped')?.id).toBe('p2-successor');
		expect(history.currentOf('1.2', 'p2-gone')).toBeUndefined();
	});
});
