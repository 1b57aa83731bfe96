/**
 * The versions' components from props, rendered alone with Astro's container API: what changed
 * (VersionChanges, fed two small versions) and the banner of a published version's pages.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import VersionBanner from '../../src/components/versions/VersionBanner.astro';
import VersionChanges from '../../src/components/versions/VersionChanges.astro';
import { diffContent } from '../../src/lib/versions/diff.ts';
import type { VersionRecord, VersionStep } from '../../src/lib/versions/history.ts';
import { changedField } from '../../src/lib/versions/wording.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

const document = (p3Words: string): VersionRecord['document'] => ({
	pathways: [{ id: 'pathway-2', number: 2, title: 'Middle Leaders', audience: '' }, { id: 'pathway-3', number: 3, title: 'Heads of Service', audience: '' }],
	capabilities: [],
	subCapabilities: [{ id: 'values', code: 'CU6', capability: 'curiosity', title: 'Values', description: 'Shared words.', pathwayDescriptions: { 'pathway-3': p3Words } }],
	attributes: [],
});
const step = (version: string, doc: VersionRecord['document'], before?: VersionStep): VersionStep => ({
	record: { version, date: '2026-01-01', note: '', published: true, document: doc },
	diff: before && diffContent(before.record.document, doc),
});

describe('VersionChanges', () => {
	test('shows a pathway\'s own wording that changed, naming the pathway, word by word', async () => {
		const first = step('1.0', document('Values, as heads of service see them.'));
		const html = await container.renderToString(VersionChanges, { props: { step: step('1.1', document('Values, as heads of service hold them.'), first), previous: first, currentIds: new Set(), level: 3 } });
		expect(text(html)).toContain('CU6, its description as Pathway 3 words it: Values, as heads of service [deleted: see] [inserted: hold] them.');
		expect(text(html)).not.toContain('No statement changed');
	});

	test('says whose wording a new shared description is, where a pathway has its own', async () => {
		const first = step('1.0', document('P3 words.'));
		const doc = document('P3 words.');
		doc.subCapabilities![0]!.description = 'New shared words.';
		const html = await container.renderToString(VersionChanges, { props: { step: step('1.1', doc, first), previous: first, currentIds: new Set(), level: 3 } });
		expect(text(html)).toContain('CU6, its description as Pathway 2 words it: [deleted: Shared][inserted: New shared] words.');
	});
});

describe('changedField', () => {
	const name = (id: string) => `Pathway ${id.slice(-1)}`;
	const change = { kind: 'subCapability', id: 'values', code: 'CU6', field: 'description', before: 'A.', after: 'B.' } as const;
	const sub = (pathwayDescriptions: Record<string, string>) => ({ id: 'values', code: 'CU6', title: 'Values', description: 'B.', pathwayDescriptions });

	test('names the pathway whose own wording changed', () =>
		expect(changedField({ ...change, pathway: 'pathway-3' }, sub({ 'pathway-3': 'P3.' }), ['pathway-2', 'pathway-3'], name)).toBe('its description as Pathway 3 words it'));

	test('names the pathways whose wording the shared description is, where others have their own', () => {
		expect(changedField(change, sub({ 'pathway-3': 'P3.' }), ['pathway-2', 'pathway-3'], name)).toBe('its description as Pathway 2 words it');
		expect(changedField(change, sub({ 'pathway-3': 'P3.' }), ['pathway-1', 'pathway-2', 'pathway-3'], name)).toBe('its description as Pathway 1 and Pathway 2 word it');
		expect(changedField(change, sub({ 'pathway-2': 'P2.', 'pathway-3': 'P3.' }), ['pathway-2', 'pathway-3'], name)).toBe('its shared description');
	});

	test('says only "its description" or "its title" where every pathway words it alike', () => {
		expect(changedField(change, sub({}), ['pathway-2', 'pathway-3'], name)).toBe('its description');
		expect(changedField({ ...change, field: 'title' }, sub({ 'pathway-3': 'P3.' }), ['pathway-2', 'pathway-3'], name)).toBe('its title');
	});
});

describe('VersionBanner', () => {
	const record = step('1.0', document('Words.')).record;
	const banner = async (isCurrent: boolean, currentLabel = 'current page') =>
		text((await container.renderToString(VersionBanner, { props: { record, isCurrent, currentHref: '/pathways/pathway-3/', currentLabel } })).split('</p>')[0]!);

	test('says of the current version that the current page says the same', async () => {
		expect(await banner(true)).toBe('This is version 1.0 of the content, published 1 January 2026. It is the current version, so its statements are the same as on the current page.');
	});

	test('says of an older version that a newer one replaced it', async () => {
		expect(await banner(false)).toBe('This is version 1.0 of the content, published 1 January 2026. A newer version has replaced it: see the current page.');
		expect(await banner(false, 'current pages')).toContain('see the current pages.');
	});

	test('links to the current page', async () => {
		const html = await container.renderToString(VersionBanner, { props: { record, isCurrent: false, currentHref: '/pathways/pathway-3/', currentLabel: 'current page' } });
		expect(html).toMatch(/<a href="\/pathways\/pathway-3\/"[^>]*>current page<\/a>/);
	});
});
