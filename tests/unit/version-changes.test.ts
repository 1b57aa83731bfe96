/**
 * What /versions/ and a version's page say changed, from props: VersionChanges rendered alone with
 * Astro's container API, fed two small versions.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import VersionChanges from '../../src/components/versions/VersionChanges.astro';
import { diffContent } from '../../src/lib/versions/diff.ts';
import type { VersionRecord, VersionStep } from '../../src/lib/versions/history.ts';

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
});
