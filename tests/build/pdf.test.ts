/** The PDF handouts: every attribute, none of the site's chrome, sane length, proper metadata. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent } from '../../src/check/validate.ts';
import type { Attribute, Framework } from '../../schemas/index.ts';
import { formatDate } from '../../src/lib/format.ts';
import { distDir, fileFor, parseHtmlFile } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { printedPdfs } from '../helpers/pdf.ts';

let attributes: Attribute[];
let framework: Framework | undefined;
let pathways: Awaited<ReturnType<typeof validateContent>>['content']['pathways'];
beforeAll(async () => {
	const { content } = await validateContent(projectRoot);
	framework = content.framework;
	pathways = content.pathways;
	attributes = content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
});

/** The PDF's text (without white space, which PDF line breaks make unreliable), pages and metadata. */
async function readPdf(name: string) {
	const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(distDir, 'downloads', name))), verbosity: 0 }).promise;
	const pageTexts: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
	}
	const text = pageTexts.join('');
	const first = (await doc.getPage(1)).getViewport({ scale: 1 });
	const { info } = (await doc.getMetadata()) as { info: Record<string, string> };
	const markInfo = await doc.getMarkInfo();
	// pdf.js hands the mark info back as a Map.
	const tagged = (markInfo as unknown as Map<string, boolean> | null)?.get('Marked') === true;
	return { text, pageTexts, pages: doc.numPages, info, tagged, landscape: first.width > first.height };
}
const squash = (text: string) => text.replace(/\s+/g, '');
/** The pathway's own sentence on how the site came by its areas (`areasAssigned` in its pathway.mdx). */
const pathwaySentence = (pathway: string) => {
	const sentence = pathways.find((p) => p.id === pathway)?.value.areasAssigned;
	if (!sentence) throw new Error(`content/pathways/${pathway}/pathway.mdx has no areasAssigned`);
	return sentence;
};
const chrome = ['Skip to main content', 'Filter by curriculum area', 'Curriculum areas to show', 'Clear filters', 'Search the framework', 'Back to top', 'Compare pathways Curriculum areas Resources', 'Add to your plan'];

// Every PDF the PDF step prints (pdf-jobs.ts), by kind: each pathway's, then each comparison page's.
const pathwayPdfs = printedPdfs.filter((pdf) => pdf.kind === 'pathway');
const comparisonPdfs = printedPdfs.filter((pdf) => pdf.kind === 'comparison');

describe.each(pathwayPdfs)('$name', ({ name, pathways: [pathway = ''] }) => {
	test('has every attribute of its pathway, and none of another', async () => {
		const { text } = await readPdf(name);
		const missing = attributes.filter((a) => a.pathway === pathway && !text.includes(squash(a.text)));
		expect(missing.map((a) => a.id)).toEqual([]);
		expect(attributes.filter((a) => a.pathway !== pathway && text.includes(squash(a.text))).map((a) => a.id)).toEqual([]);
	});

	// Provenance is said on screen, once, beside a link to About this content: not in a handout's body (#17).
	// The cover says it once, as the handout reaches people who never see the site.
	test('says how its areas were assigned once, on its cover, and not in its body', async () => {
		const { pageTexts } = await readPdf(name);
		const [cover, ...body] = pageTexts;
		const sentence = squash(pathwaySentence(pathway));
		expect(cover!.split(sentence).length - 1, 'on the cover').toBe(1);
		for (const words of [sentence, 'About this content explains', 'prints a symbol beside each attribute', 'symbols cannot be read', 'cannot be read, so the site'])
			expect(body.filter((page) => page.includes(squash(words))), words).toEqual([]);
	});

	// Printed from the page: its count line no longer says the editors' areas are the source's, one each.
	test('says whose the areas beside each attribute are', async () => {
		const { text } = await readPdf(name);
		const own = attributes.filter((a) => a.pathway === pathway);
		expect(text).not.toContain(squash('Next to each is the curriculum area it links to.'));
		if (own.some((a) => a.areasFrom !== 'source')) expect(text).toContain(squash("effective attributes in 4 capabilities. Next to each"));
		if (own.some((a) => a.areasFrom === 'editorial')) expect(text).toContain(squash("the site's editors linked it to."));
	});

	test('has none of the site chrome', async () => {
		const { text } = await readPdf(name);
		for (const words of chrome) expect(text, words).not.toContain(squash(words));
	});

	test('has a cover with its title, date and address, and a sane length', async () => {
		const { text, pages } = await readPdf(name);
		const { version, date } = framework!;
		expect(text).toContain(squash(`This site's content version ${version}, ${formatDate(date)} (not an edition of the framework).`));
		expect(text).not.toMatch(/Edition1\.0/i);
		expect(text).toContain(squash(`/pathways/${pathway}/`));
		expect(text).toContain('Contents');
		expect(pages).toBeGreaterThanOrEqual(6);
		expect(pages).toBeLessThanOrEqual(40);
	});

	test('is a tagged PDF with title, author and language', async () => {
		const { info, tagged } = await readPdf(name);
		expect(info['Title']).toMatch(/^Pathway \d: .+ – 4C Leadership Capability Framework$/);
		expect(info['Author']).toBe('Frontline, in collaboration with the Department for Education');
		expect(info['Language']).toBe('en-GB');
		expect(tagged).toBe(true);
	});
});

describe.each(pathwayPdfs)('page breaks in $name', ({ name, pathways: [pathway = ''] }) => {
	test('a sub-capability\'s heading and description are on the page of its first attribute', async () => {
		const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(distDir, 'downloads', name))), verbosity: 0 }).promise;
		const pages: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) pages.push(squash((await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('')));
		const subCapabilities = parse(readFileSync(path.join(projectRoot, 'content/sub-capabilities.yaml'), 'utf8')) as { id: string; title: string; description: string; pathwayDescriptions?: Record<string, string> }[];
		const split = subCapabilities.flatMap(({ id, title, description: shared, pathwayDescriptions }) => {
			// The pathway's own wording, where its source words the description differently.
			const description = pathwayDescriptions?.[pathway] ?? shared;
			const first = attributes.find((a) => a.pathway === pathway && a.subCapability === id && a.order === 1);
			const page = pages.findIndex((text) => text.includes(squash(description)));
			return first && (page < 0 || !pages[page]!.includes(squash(title)) || !pages[page]!.includes(squash(first.text))) ? [`${title} (PDF page ${page + 1})`] : [];
		});
		expect(split).toEqual([]);
	});
});

describe.each(comparisonPdfs)('$name', ({ name, pathways: compared }) => {
	test('is landscape, with both pathways side by side and every attribute of each', async () => {
		const { text, landscape, pages } = await readPdf(name);
		expect(landscape).toBe(true);
		expect(attributes.filter((a) => compared.includes(a.pathway) && !text.includes(squash(a.text))).map((a) => a.id)).toEqual([]);
		expect(pages).toBeLessThanOrEqual(60);
	});

	test('prints every word of the row headings whole, never split across lines', async () => {
		const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(distDir, 'downloads', name))), verbosity: 0 }).promise;
		const lines: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const items = (await (await doc.getPage(n)).getTextContent()).items;
			// Lines as pdf.js ends them; NFKC reads ligatures such as "ﬂ" as their letters.
			lines.push(...items.map((i) => ('str' in i ? `${i.str}${i.hasEOL ? '\n' : ''}` : '')).join('').normalize('NFKC').split('\n'));
		}
		const titles = (parse(readFileSync(path.join(projectRoot, 'content/sub-capabilities.yaml'), 'utf8')) as { title: string }[]).map((s) => s.title);
		const words = [...new Set(titles.flatMap((title) => title.split(/\s+/)).filter((word) => word.length >= 10))];
		expect(words.filter((word) => !lines.some((line) => line.includes(word)))).toEqual([]);
	});
});

describe.each(printedPdfs)('links in $name', ({ name, url }) => {
	test('lead to the published site, never to the local server it was printed from', async () => {
		const canonical = readFileSync(fileFor('/')!, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1]!;
		const site = new URL(canonical).origin;
		const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(distDir, 'downloads', name))), verbosity: 0 }).promise;
		const urls: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) for (const note of await (await doc.getPage(n)).getAnnotations()) if (note.url) urls.push(note.url as string);
		expect(urls.filter((url) => /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url))).toEqual([]);
		// Every page's footer gives the address it was printed from.
		const footer = (await (await doc.getPage(2)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
		expect(footer).toContain(site);
	});

	test('from the cover\'s contents, go to the pages their sections start on', async () => {
		const page = parseHtmlFile(fileFor(url)!);
		// The printed cover's entries (the screen's contents, hidden in print, carry the same hook for the filter).
		const entries = page.querySelectorAll('[data-contents] [data-section]').length;
		const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(distDir, 'downloads', name))), verbosity: 0 }).promise;
		const pages: number[] = [];
		for (const note of await (await doc.getPage(1)).getAnnotations()) {
			if (!note.dest) continue;
			const dest = (await doc.getDestination(note.dest as string))!;
			pages.push((await doc.getPageIndex(dest[0])) + 1);
		}
		expect(entries).toBeGreaterThan(0);
		expect(pages).toHaveLength(entries);
		expect(pages.every((page, i) => page > 1 && page >= (pages[i - 1] ?? 2)), `pages ${pages.join(', ')}`).toBe(true);
	});
});

describe('the printed pages', () => {
	test('are every pathway page and every comparison page built', () => {
		const compared = globSync('compare/**/index.html', { cwd: distDir }).map((file) => `/${path.dirname(file)}/`);
		expect(printedPdfs.map((pdf) => pdf.url).sort()).toEqual([...pathways.map((p) => `/pathways/${p.id}/`), ...compared].sort());
	});

	test.each(printedPdfs)('$url links to its PDF, $name, with its size', ({ url, pdf }) => {
		const html = readFileSync(fileFor(url)!, 'utf8');
		const link = html.match(/<a href="(\/downloads\/[^"]+\.pdf)" download>[^<]+<\/a> <span class="lcf-hint">\(PDF, (\d+) KB(?:, landscape)?\)<\/span>/);
		expect(link?.[1]).toBe(pdf);
		expect(existsSync(path.join(distDir, pdf))).toBe(true);
		expect(Number(link?.[2])).toBe(Math.round(readFileSync(path.join(distDir, pdf)).length / 1024));
	});

	// As GOV.UK links a file: the link names the document, then its type and size follow once, and a
	// comparison's that it prints in landscape ("Download the Pathway 2 handout (PDF, 134 KB)").
	const linkWords = {
		pathway: /^Download the Pathway \d+ handout \(PDF, \d+ KB\)$/,
		comparison: /^Download the comparison of Pathway \d+ and Pathway \d+ \(PDF, \d+ KB, landscape\)$/,
	};
	test.each(printedPdfs)('$url names its PDF once, as GOV.UK links a file', ({ url, kind, pathways: shown }) => {
		const words = parseHtmlFile(fileFor(url)!).querySelector('.lcf-download')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
		expect(words).toMatch(linkWords[kind]);
		expect(words.match(/PDF/g)).toHaveLength(1);
		for (const id of shown) expect(words).toContain(`Pathway ${id.replace('pathway-', '')}`);
	});
});
