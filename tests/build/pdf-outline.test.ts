/**
 * The handouts' outlines (bookmarks), as a PDF reader lists them: each entry titled with its
 * heading's text exactly, once, nested as the headings are (pathway, capability, sub-capability).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FrameworkExport } from '../../schemas/index.ts';
import { pathwayLabels } from '../../src/lib/labels.ts';
import { distDir } from '../helpers/dist.ts';
import { openPdf } from '../helpers/pdf.ts';

interface Entry {
	title: string;
	items: Entry[];
}

const framework = JSON.parse(readFileSync(path.join(distDir, 'framework.json'), 'utf8')) as FrameworkExport;

async function outline(name: string): Promise<Entry[]> {
	const entries = ((await (await openPdf(name)).getOutline()) ?? []) as Entry[];
	const plain = (list: Entry[]): Entry[] => list.map(({ title, items }) => ({ title, items: plain(items ?? []) }));
	return plain(entries);
}

/** The headings of the capabilities and their sub-capabilities as a handout prints them, `code` giving each its code first. */
const capabilityTree = (code: boolean): Entry[] =>
	framework.capabilities.map((capability) => ({
		title: code ? `${capability.code} ${capability.title}` : capability.title,
		items: framework.subCapabilities
			.filter((sub) => sub.capability === capability.id)
			.map((sub) => ({ title: code ? `${sub.code} ${sub.title}` : sub.title, items: [] })),
	}));

describe('the PDF outline', () => {
	test.each(framework.pathways.map((pathway) => [`${pathway.id}.pdf`, pathway] as const))('of %s has the pathway, its capabilities and sub-capabilities, each titled as its heading', async (file, pathway) => {
		expect(await outline(file)).toEqual([{ title: pathwayLabels(pathway).label, items: capabilityTree(false) }]);
	});

	test('of compare.pdf has the page, its capabilities and sub-capabilities with their codes, each titled as its heading', async () => {
		expect(await outline('compare.pdf')).toEqual([{ title: 'Compare pathways', items: capabilityTree(true) }]);
	});
});
