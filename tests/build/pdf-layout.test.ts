/** The handouts are compact: laid out as the source is, no page left mostly empty, nothing web-only. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent } from '../../src/check/validate.ts';
import type { Attribute } from '../../schemas/index.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { bodyItems, printedPdfs, readPages, squash, type PdfPage } from '../helpers/pdf.ts';

let attributes: Attribute[];
beforeAll(async () => {
	const { content } = await validateContent(projectRoot);
	attributes = content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
});

// Words that only make sense on screen: links to other views, and the buttons beside each item.
const webOnly = ['Compare with Pathway', 'across pathways', 'Link to', 'Add to your plan', 'Download', 'Copy link'];

/** What differs by kind of PDF: a comparison prints two pathways side by side, across a landscape page, on more pages. */
const byKind = { pathway: { maxPages: 8, landscape: false }, comparison: { maxPages: 10, landscape: true } };

// Every PDF the PDF step prints (pdf-jobs.ts), each a pathway's or a comparison page's.
describe.each(printedPdfs.map(({ name, kind, pathways }) => ({ name, pathways, ...byKind[kind] })))('$name', ({ name, maxPages, landscape, pathways }) => {
	test(`fits in at most ${maxPages} A4 pages`, async () => {
		const pages = await readPages(name);
		expect(pages.length).toBeLessThanOrEqual(maxPages);
		for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual(landscape ? [843, 596] : [596, 843]);
	});

	test('leaves no page between the cover and the last mostly empty', async () => {
		const pages = await readPages(name);
		const short = pages.slice(1, -1).flatMap((page) => {
			const lowest = Math.max(...bodyItems(page).map((item) => item.top));
			return lowest < page.height / 2 ? [`page ${page.number} ends ${Math.round((lowest / page.height) * 100)}% down`] : [];
		});
		expect(short).toEqual([]);
	});

	test('still has every statement, curriculum area and code', async () => {
		const text = (await readPages(name)).map((page) => page.squashed).join('');
		const own = attributes.filter((a) => pathways.includes(a.pathway));
		expect(own.filter((a) => !text.includes(squash(a.text))).map((a) => a.id)).toEqual([]);
		expect(own.filter((a) => !text.includes(squash(a.code))).map((a) => a.code)).toEqual([]);
	});

	test('has no web-only text', async () => {
		const text = (await readPages(name)).map((page) => page.squashed).join('');
		expect(webOnly.filter((words) => text.includes(squash(words)))).toEqual([]);
	});

	test('credits the curriculum-area symbols only when it shows one', async () => {
		const text = (await readPages(name)).map((page) => page.squashed).join('');
		const shows = attributes.some((a) => pathways.includes(a.pathway) && a.areasFrom === 'source-symbol');
		expect(text.includes('Twemoji')).toBe(shows);
	});
});

interface Entry {
	title: string;
}
const capabilities = parse(readFileSync(path.join(projectRoot, 'content/capabilities.yaml'), 'utf8')) as Entry[];
const subCapabilities = parse(readFileSync(path.join(projectRoot, 'content/sub-capabilities.yaml'), 'utf8')) as Entry[];

/** The page number printed after a contents entry on the cover: the nearest number to its right on its line. */
function printedNumber(cover: PdfPage, title: string): number | undefined {
	const label = cover.items.find((item) => item.text.trim() === title);
	if (!label) return undefined;
	const numbers = cover.items.filter((item) => /^\d+$/.test(item.text.trim()) && Math.abs(item.top - label.top) < 2 && item.left > label.left);
	numbers.sort((a, b) => a.left - b.left);
	return numbers[0] && Number(numbers[0].text);
}

/** The first page after the cover whose content (not its running header) has the heading. */
const realPage = (pages: PdfPage[], title: string) => pages.slice(1).find((page) => squash(bodyItems(page).map((i) => i.text).join('')).includes(squash(title)))?.number;

/** The entries of the contents on the cover: a pathway's lists its sub-capabilities too, a comparison's only the capabilities. */
const contentsOf = { pathway: () => [...capabilities, ...subCapabilities], comparison: () => capabilities };

describe.each(printedPdfs.map((pdf) => ({ name: pdf.name, entries: contentsOf[pdf.kind] })))('the contents of $name', ({ name, entries }) => {
	test('give every entry the page its heading really falls on', async () => {
		const pages = await readPages(name);
		const wrong = entries().flatMap(({ title }) => {
			const printed = printedNumber(pages[0]!, title);
			const real = realPage(pages, title);
			return printed !== undefined && printed === real ? [] : [`${title}: printed ${printed}, really on ${real}`];
		});
		expect(wrong).toEqual([]);
	});
});
