/** The PDF handouts: every attribute, none of the site's chrome, sane length, proper metadata. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { attributesFromFile } from '../../src/source/attributes.ts';
import { validateContent } from '../../src/source/validate.ts';
import type { Attribute } from '../../schemas/index.ts';
import { distDir, fileFor } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/fixtures.ts';

let attributes: Attribute[];
beforeAll(async () => {
	const { content } = await validateContent(projectRoot);
	attributes = content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
});

/** The PDF's text (without white space, which PDF line breaks make unreliable), pages and metadata. */
async function readPdf(name: string) {
	const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(distDir, 'downloads', name))), verbosity: 0 }).promise;
	let text = '';
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
	}
	const first = (await doc.getPage(1)).getViewport({ scale: 1 });
	const { info } = (await doc.getMetadata()) as { info: Record<string, string> };
	const markInfo = await doc.getMarkInfo();
	// pdf.js hands the mark info back as a Map.
	const tagged = (markInfo as unknown as Map<string, boolean> | null)?.get('Marked') === true;
	return { text: text.replace(/\s+/g, ''), pages: doc.numPages, info, tagged, landscape: first.width > first.height };
}
const squash = (text: string) => text.replace(/\s+/g, '');
const chrome = ['Skip to main content', 'Filter by curriculum area', 'Curriculum areas to show', 'Clear filters', 'Search the framework', 'Back to top', 'Compare pathways Curriculum areas Resources', 'Add to my plan'];

describe.each(['pathway-2', 'pathway-3'])('%s.pdf', (pathway) => {
	test('has every attribute of its pathway, and none of another', async () => {
		const { text } = await readPdf(`${pathway}.pdf`);
		const missing = attributes.filter((a) => a.pathway === pathway && !text.includes(squash(a.text)));
		expect(missing.map((a) => a.id)).toEqual([]);
		expect(attributes.filter((a) => a.pathway !== pathway && text.includes(squash(a.text))).map((a) => a.id)).toEqual([]);
	});

	test('has none of the site chrome', async () => {
		const { text } = await readPdf(`${pathway}.pdf`);
		for (const words of chrome) expect(text, words).not.toContain(squash(words));
	});

	test('has a cover with its title, date and address, and a sane length', async () => {
		const { text, pages } = await readPdf(`${pathway}.pdf`);
		expect(text).toContain(squash(`Edition 1.0, 23 November 2026`));
		expect(text).toContain(squash(`/pathways/${pathway}/`));
		expect(text).toContain('Contents');
		expect(pages).toBeGreaterThanOrEqual(6);
		expect(pages).toBeLessThanOrEqual(40);
	});

	test('is a tagged PDF with title, author and language', async () => {
		const { info, tagged } = await readPdf(`${pathway}.pdf`);
		expect(info['Title']).toMatch(/^Pathway \d: .+ – 4C Leadership Capability Framework$/);
		expect(info['Author']).toBe('Frontline, with the Department for Education');
		expect(info['Language']).toBe('en-GB');
		expect(tagged).toBe(true);
	});
});

describe('compare.pdf', () => {
	test('is landscape, with both pathways side by side and every attribute', async () => {
		const { text, landscape, pages } = await readPdf('compare.pdf');
		expect(landscape).toBe(true);
		expect(attributes.filter((a) => !text.includes(squash(a.text))).map((a) => a.id)).toEqual([]);
		expect(pages).toBeLessThanOrEqual(60);
	});
});

describe('pathway pages', () => {
	test.each(['pathway-2', 'pathway-3'])('%s links to its PDF with its size', (pathway) => {
		const html = readFileSync(fileFor(`/pathways/${pathway}/`)!, 'utf8');
		const link = html.match(/<a href="(\/downloads\/[^"]+\.pdf)" download>[^<]+<\/a> <span class="lcf-hint">\(PDF, (\d+) KB\)<\/span>/);
		expect(link?.[1]).toBe(`/downloads/${pathway}.pdf`);
		const size = readFileSync(path.join(distDir, 'downloads', `${pathway}.pdf`)).length;
		expect(Number(link?.[2])).toBe(Math.round(size / 1024));
		expect(existsSync(path.join(distDir, 'downloads', `${pathway}.pdf`))).toBe(true);
	});
});
