/**
 * The PDF step on the four-pathway site (tests/helpers/four-pathways.ts, built without PDFs): it prints
 * one comparison per comparison page, `/compare/`'s still `compare.pdf`, and each page links its own.
 * Printing a copy of that site costs about 30 s (seven PDFs) on top of the shared build.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPdfs } from '../../scripts/build-steps/pdf.ts';
import type { FrameworkExport } from '../../schemas/framework-export.ts';
import { urls } from '../../src/lib/urls.ts';
import { fourPathwaysSite, fourPathwaysTimeout } from '../helpers/four-pathways.ts';
import { squash } from '../helpers/pdf.ts';

/** Each comparison page, its PDF and the pathways it compares. */
const pairs = [
	{ url: urls.compare, pdf: urls.comparePdf, pathways: ['pathway-1', 'pathway-2'] },
	{ url: urls.comparePair('pathway-2'), pdf: urls.comparePairPdf('pathway-2'), pathways: ['pathway-2', 'pathway-3'] },
	{ url: urls.comparePair('pathway-3'), pdf: urls.comparePairPdf('pathway-3'), pathways: ['pathway-3', 'pathway-4'] },
];

let site: string;
beforeAll(async () => {
	const dist = await fourPathwaysSite();
	site = mkdtempSync(path.join(tmpdir(), 'lcf-pdf-four-'));
	// What the PDF step prints from, as tests/build/pdf-step.test.ts copies it.
	for (const part of ['_astro', 'pathways', 'compare', 'framework.json', 'symbols.svg']) cpSync(path.join(dist, part), path.join(site, part), { recursive: true });
	await buildPdfs(site);
}, fourPathwaysTimeout);

/** A PDF's text without white space, and whether its first page is landscape. */
async function readPdf(pdf: string): Promise<{ text: string; landscape: boolean }> {
	const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(site, pdf))), verbosity: 0 }).promise;
	let text = '';
	for (let n = 1; n <= doc.numPages; n++) text += squash((await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(''));
	const first = (await doc.getPage(1)).getViewport({ scale: 1 });
	return { text, landscape: first.width > first.height };
}

const pageOf = (url: string) => readFileSync(path.join(site, url, 'index.html'), 'utf8');

test('prints one PDF for each pathway and each comparison page, and no other', () =>
	expect(readdirSync(path.join(site, 'downloads')).sort()).toEqual(
		[...['pathway-1', 'pathway-2', 'pathway-3', 'pathway-4'].map((id) => `${id}.pdf`), ...pairs.map((pair) => path.basename(pair.pdf))].sort(),
	));

describe.each(pairs)('$url', ({ url, pdf, pathways }) => {
	test(`links its own PDF, ${pdf}, with its size`, () => {
		const links = [...pageOf(url).matchAll(/<a href="([^"]+\.pdf)" download>[^<]+<\/a> <span class="lcf-hint">\(PDF, (\d+) KB, landscape\)<\/span>/g)];
		expect(links.map((link) => link[1])).toEqual([pdf]);
		expect(Number(links[0]?.[2])).toBe(Math.round(statSync(path.join(site, pdf)).size / 1024));
	});

	test(`has its PDF in landscape with every attribute of ${pathways.join(' and ')}, and none of another pathway`, async () => {
		const { text, landscape } = await readPdf(pdf);
		expect(landscape).toBe(true);
		const { attributes } = JSON.parse(readFileSync(path.join(site, 'framework.json'), 'utf8')) as Pick<FrameworkExport, 'attributes'>;
		const printed = attributes.filter((a) => text.includes(squash(a.text)));
		expect(attributes.filter((a) => pathways.includes(a.pathway) && !printed.includes(a)).map((a) => a.id)).toEqual([]);
		expect(printed.filter((a) => !pathways.includes(a.pathway)).map((a) => a.id)).toEqual([]);
	});

	// A printout cannot follow the links to the other comparisons; its cover gives the site's address.
	test('prints no offer of the other comparisons', async () => expect((await readPdf(pdf)).text).not.toContain(squash('Compare other pathways')));
});
