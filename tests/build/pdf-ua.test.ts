/**
 * PDF/UA-1 (ISO 14289-1), as far as the PDFs' own objects can prove it here: there is no veraPDF
 * for this machine, so each test checks one requirement and names the clause it stands for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFHexString, PDFRawStream, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { capabilities } from '../helpers/content.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { allElements, fonts, loadPdf, name, readingOrder, structureTree } from '../helpers/pdf-objects.ts';
import { printedPdfs, readPages } from '../helpers/pdf.ts';

const framework = parse(readFileSync(path.join(projectRoot, 'content/framework.yaml'), 'utf8')) as { version: string };
const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

describe.each(printedPdfs.map((pdf) => pdf.name))('%s', (file) => {
	test('PDF/UA-1 5: its XMP metadata names PDF/UA-1 (pdfuaid:part 1), with dc:title and the language', async () => {
		const doc = await loadPdf(file);
		const stream = doc.context.lookup(doc.catalog.get(name('Metadata')));
		expect(stream).toBeInstanceOf(PDFRawStream);
		const xmp = new TextDecoder().decode((stream as PDFRawStream).getContents());
		expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
		expect(xmp.match(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]+)</)?.[1]).toBe(doc.getTitle());
		expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>en-GB<\/rdf:li><\/rdf:Bag><\/dc:language>/);
	});

	test('PDF/UA-1 7.1: a viewer shows its title, not its file name (DisplayDocTitle)', async () => {
		const doc = await loadPdf(file);
		expect(doc.getTitle()).toMatch(/ – 4C Leadership Capability Framework$/);
		expect(String(doc.catalog.lookup(name('ViewerPreferences'), PDFDict).get(name('DisplayDocTitle')))).toBe('true');
	});

	test('PDF/UA-1 7.2: its language is set (Lang en-GB)', async () => {
		const doc = await loadPdf(file);
		expect(text(doc.catalog.get(name('Lang')))).toBe('en-GB');
	});

	test('PDF/UA-1 7.1: every piece of text is tagged content or an artifact, never loose', async () => {
		const loose = (await readPages(file)).flatMap((page) => page.items.filter((item) => item.mark === undefined).map((item) => `page ${page.number}: ${item.text}`));
		expect(loose).toEqual([]);
	});

	test('PDF/UA-1 7.8: the running header (title, content version) and footer ("Page N of M") are artifacts on every page', async () => {
		const pages = await readPages(file);
		const doc = await loadPdf(file);
		for (const page of pages) {
			const footer = page.items.filter((item) => item.text === `Page ${page.number} of ${pages.length}`);
			expect(footer.map((item) => item.mark), `page ${page.number}`).toEqual(['Artifact']);
			if (page.number === 1) continue;
			expect(page.items.filter((item) => item.text === doc.getTitle()).map((item) => item.mark), `page ${page.number}`).toEqual(['Artifact']);
			// A sheet on its own still says which version of the content it holds.
			expect(page.items.filter((item) => item.text.startsWith(`This site's content version ${framework.version}, `)).map((item) => item.mark), `page ${page.number}`).toEqual(['Artifact']);
		}
	});

	test('PDF/UA-1 7.3: every figure has alternative text', async () => {
		const figures = allElements(structureTree(await loadPdf(file))).filter((element) => element.type === 'Figure');
		expect(figures.length, 'the cover has its QR code as a figure').toBeGreaterThan(0);
		expect(figures.filter((figure) => !text(figure.dict.get(name('Alt')))?.trim())).toEqual([]);
	});

	// Chromium paints a page's borders before its text, so only the marked content holding text is compared.
	test('PDF/UA-1 7.2: the structure tree reads the text in the order it is laid out on the pages', async () => {
		const doc = await loadPdf(file);
		const pages = await readPages(file);
		const withText = new Set(pages.flatMap((page) => page.items.map((item) => `${page.number - 1} ${item.mcid}`)));
		const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]));
		const order = readingOrder(structureTree(doc))
			.map(({ page, mcid }) => [pageIndex.get(String(page)) ?? -1, mcid] as const)
			.filter(([page, mcid]) => withText.has(`${page} ${mcid}`));
		expect(order.length).toBeGreaterThan(100);
		const backwards = order.flatMap(([page, mcid], i) => {
			const [before, mcidBefore] = order[i - 1] ?? [0, -1];
			return page < before || (page === before && mcid < mcidBefore) ? [`page ${page + 1} MCID ${mcid} after page ${before + 1} MCID ${mcidBefore}`] : [];
		});
		expect(backwards).toEqual([]);
	});

	test('PDF/UA-1 7.18.3: a page with links visits them in the structure\'s order (Tabs /S)', async () => {
		const doc = await loadPdf(file);
		const pages = doc.getPages().filter((page) => page.node.Annots()?.size());
		expect(pages.length).toBeGreaterThan(0);
		expect(pages.filter((page) => String(page.node.get(name('Tabs'))) !== '/S').length).toBe(0);
	});

	test('PDF/UA-1 7.18.5: every link has a description, in the words of the link it was printed from', async () => {
		const doc = await loadPdf(file);
		const links = doc.getPages().flatMap((page) => {
			const annotations = page.node.Annots();
			return Array.from({ length: annotations?.size() ?? 0 }, (_, i) => annotations!.lookup(i, PDFDict)).filter((a) => String(a.get(name('Subtype'))) === '/Link');
		});
		expect(links.length).toBeGreaterThan(0);
		const described = links.map((link) => text(link.get(name('Contents'))));
		expect(described.filter((words) => !words?.trim()).length, 'links without a description').toBe(0);
		// The cover's contents link to the first capability says its name, not an address.
		expect(described).toContain(capabilities[0]!.title);
		expect(described.filter((words) => words?.startsWith('#'))).toEqual([]);
	});

	// pdfinfo -struct reported "StructElem object is wrong type (Strong)", and its text left out the areas.
	test('PDF/UA-1 7.1: every structure type is a standard one, or mapped to one (RoleMap)', async () => {
		const doc = await loadPdf(file);
		const standard = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'Warichu', 'Figure', 'Formula', 'Form']);
		const roles = doc.catalog.lookup(name('StructTreeRoot'), PDFDict).lookupMaybe(name('RoleMap'), PDFDict);
		const reads = (type: string) => (standard.has(type) ? type : String(roles?.get(name(type)) ?? '').slice(1));
		const types = [...new Set(allElements(structureTree(doc)).map((element) => element.type))];
		expect(types.filter((type) => !standard.has(reads(type)))).toEqual([]);
	});

	test('PDF/UA-1 7.21.4.1: every font is embedded', async () => {
		const doc = await loadPdf(file);
		const notEmbedded = fonts(doc).filter(({ dict }) => {
			if (String(dict.get(name('Subtype'))) === '/Type0') return false; // Its descendant carries the font file.
			const descriptor = dict.lookupMaybe(name('FontDescriptor'), PDFDict);
			return !['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(name(key)));
		});
		expect(notEmbedded.map((font) => font.baseFont)).toEqual([]);
	});
});

// Each comparison page's PDF: its table repeats its header row on every page.
describe.each(printedPdfs.filter((pdf) => pdf.kind === 'comparison').map((pdf) => pdf.name))('%s', (file) => {
	test('PDF/UA-1 7.5: its column headers are content once, and artifacts where a page repeats them', async () => {
		const pages = await readPages(file);
		const marks = pages.map((page) => page.items.filter((item) => item.text === 'Sub-capability').map((item) => item.mark === 'Artifact'));
		const first = marks.findIndex((page) => page.length > 0);
		expect(marks[first]).toEqual([false]);
		expect(marks.slice(first + 1).filter((page) => page.length > 0).length).toBeGreaterThan(0);
		expect(marks.slice(first + 1).flat().every(Boolean)).toBe(true);
	});
});
