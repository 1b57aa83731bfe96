/** An archived pathway's page data, from that version's own record (a small document in memory). */
import { describe, expect, test } from 'vitest';
import { versionDocumentSchema } from '../../schemas/index.ts';
import { areasNote, archivedPathway, currentLink } from '../../src/lib/versions/archive.ts';

describe('an archived pathway', () => {
	const document = {
		pathways: [{ id: 'pathway-3', number: 3, title: 'Heads of Service', audience: 'Heads.' }],
		capabilities: [{ id: 'curiosity', code: 'CU', title: 'Maintaining Curiosity', description: 'Curiosity.' }],
		subCapabilities: [{ id: 'values', code: 'CU1', capability: 'curiosity', title: 'Values', description: 'Values.', pathwayDescriptions: { 'pathway-3': 'Values, Pathway 3.' } }],
		attributes: [{ id: 'a', code: 'P3-CU1.1', pathway: 'pathway-3', capability: 'curiosity', subCapability: 'values', order: 1, text: 'A.', areas: ['x'], areasFrom: 'editorial', formerIds: [] }],
	};

	test('words each sub-capability as that version had its pathway word it', () =>
		expect(archivedPathway(document, 'pathway-3').capabilities[0]!.subCapabilities.map((s) => s.description)).toEqual(['Values, Pathway 3.']));

	test('says how that version came by its areas, from its own record', () => {
		expect(areasNote(document.attributes)).toBe('The curriculum areas shown are assigned by the editors.');
		expect(areasNote([{ areasFrom: 'source' }])).toBeUndefined();
	});
});

describe('currentLink', () => {
	const name = ({ shown, hidden }: { shown: string; hidden: string }) => shown + hidden;

	test('on the current version\'s page reads "On the current page", and is named by its code', () => {
		const links = ['P2-CU1.1', 'P2-CU1.2'].map((code) => currentLink({ code, text: 'A.' }, { code, text: 'A.' }, true));
		expect(links.map((l) => l.shown)).toEqual(['On the current page', 'On the current page']);
		expect(links.map(name)).toEqual(['On the current page (P2-CU1.1)', 'On the current page (P2-CU1.2)']);
	});

	test('on an older version\'s page gives the current code, and the current words where they changed', () => {
		expect(currentLink({ code: 'P2-CU1.1', text: 'A.' }, { code: 'P2-CU1.1', text: 'A.' }, false)).toEqual({ shown: 'In the current version: P2-CU1.1', hidden: '' });
		expect(currentLink({ code: 'P2-CU1.1', text: 'A.' }, { code: 'P2-CU1.1', text: 'A, now.' }, false).shown).toBe('In the current version, P2-CU1.1: A, now.');
	});

	test('tells apart two older attributes that lead to one successor', () => {
		const successor = { code: 'P2-CU1.1', text: 'Both.' };
		const names = [{ code: 'P2-CU1.1', text: 'Both.' }, { code: 'P2-CU1.2', text: 'Both.' }].map((a) => name(currentLink(a, successor, false)));
		expect(names).toEqual(['In the current version: P2-CU1.1', 'In the current version: P2-CU1.1 (from P2-CU1.2)']);
	});
});

describe('a snapshot\'s pathway wordings', () => {
	const snapshot = (pathwayDescriptions: unknown) => ({
		pathways: [], capabilities: [], attributes: [], curriculumAreas: [],
		subCapabilities: [{ id: 'values', code: 'CU1', title: 'Values', description: 'Values.', pathwayDescriptions }],
	});

	test('are read as text by pathway, as the versions compare them', () => {
		expect(versionDocumentSchema.parse(snapshot({ 'pathway-3': 'Values, Pathway 3.' })).subCapabilities[0]!.pathwayDescriptions).toEqual({ 'pathway-3': 'Values, Pathway 3.' });
		expect(versionDocumentSchema.safeParse(snapshot(undefined)).success).toBe(true);
	});

	test('refuse a wording that is not text', () => expect(versionDocumentSchema.safeParse(snapshot({ 'pathway-3': 3 })).success).toBe(false));
});
