/**
 * The handouts' outlines (bookmarks), as a PDF reader lists them: each entry titled with its
 * heading's text exactly, once, nested as the headings are (pathway, capability, sub-capability).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FrameworkExport } from '../../schemas/index.ts';
import { pathwayLabels } from '../../src/lib/labels.ts';
import { distDir, fileFor } from '../helpers/dist.ts';
import { openPdf, printedPdfs } from '../helpers/pdf.ts';

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

/** The page's own heading, as the built page has it ("Compare pathways", "Compare Pathway 3 and Pathway 4"). */
const pageHeading = (url: string) => /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(fileFor(url)!, 'utf8'))?.[1];

describe('the PDF outline', () => {
	// Every PDF the PDF step prints (pdf-jobs.ts); a pathway's names it as its page does, a comparison's gives the codes, as its rows do.
	const pathwayPdfs = printedPdfs.filter((pdf) => pdf.kind === 'pathway');
	const comparisonPdfs = printedPdfs.filter((pdf) => pdf.kind === 'comparison');

	test.each(pathwayPdfs)('of $name has the pathway, its capabilities and sub-capabilities, each titled as its heading', async ({ name, pathways: [id] }) => {
		const pathway = framework.pathways.find((p) => p.id === id)!;
		expect(await outline(name)).toEqual([{ title: pathwayLabels(pathway).label, items: capabilityTree(false) }]);
	});

	test.each(comparisonPdfs)('of $name has the page, its capabilities and sub-capabilities with their codes, each titled as its heading', async ({ name, url }) => {
		expect(pageHeading(url)).toMatch(/^Compare /);
		expect(await outline(name)).toEqual([{ title: pageHeading(url), items: capabilityTree(true) }]);
	});
});
