/**
 * The built PDFs as pdf.js reads them: each page's size and text, with each piece of text's place
 * and the marked content (tag or artifact) it sits in, so tests can check what a reader meets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfJobs, type PdfJob } from '../../scripts/build-steps/pdf-jobs.ts';
import type { FrameworkExport } from '../../schemas/framework-export.ts';
import { distDir } from './dist.ts';

/**
 * Every PDF the built site has, as the PDF step lists them from its framework.json: so that a PDF
 * added with a pathway (a pathway's, a comparison page's) is checked as the others are.
 */
export const printedPdfs: (PdfJob & { name: string })[] = pdfJobs(
	(JSON.parse(readFileSync(path.join(distDir, 'framework.json'), 'utf8')) as Pick<FrameworkExport, 'pathways'>).pathways,
).map((job) => ({ ...job, name: path.basename(job.pdf) }));

export interface PdfText {
	text: string;
	/** Distance from the page's top edge to the text's baseline, in points. */
	top: number;
	left: number;
	/** The innermost marked content around it: a structure tag such as "P", "Artifact", or none. */
	mark: string | undefined;
	/** That marked content's id (MCID), by which the structure tree refers to it. */
	mcid: number | undefined;
}

export interface PdfPage {
	number: number;
	width: number;
	height: number;
	items: PdfText[];
	/** The page's text without white space (PDF line breaks make white space unreliable). */
	squashed: string;
}

export const squash = (text: string) => text.replace(/\s+/g, '').normalize('NFKC');

export function openPdf(name: string): Promise<PDFDocumentProxy> {
	return getDocument({ data: new Uint8Array(readFileSync(path.join(distDir, 'downloads', name))), verbosity: 0 }).promise;
}

const cache = new Map<string, Promise<PdfPage[]>>();

/** Every page of `downloads/<name>`, read once per test file. */
export function readPages(name: string): Promise<PdfPage[]> {
	if (!cache.has(name)) cache.set(name, read(name));
	return cache.get(name)!;
}

async function read(name: string): Promise<PdfPage[]> {
	const doc = await openPdf(name);
	const pages: PdfPage[] = [];
	for (let number = 1; number <= doc.numPages; number++) {
		const page = await doc.getPage(number);
		const { width, height } = page.getViewport({ scale: 1 });
		const content = await page.getTextContent({ includeMarkedContent: true });
		const marks: { tag: string; mcid: number | undefined }[] = [];
		const items: PdfText[] = [];
		for (const item of content.items) {
			if ('type' in item) {
				// pdf.js names marked content "<page>_mc<MCID>".
				const mcid = item.type === 'beginMarkedContentProps' ? item.id?.match(/_mc(\d+)$/)?.[1] : undefined;
				if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') marks.push({ tag: (item as { tag?: string }).tag ?? '', mcid: mcid === undefined ? undefined : Number(mcid) });
				else if (item.type === 'endMarkedContent') marks.pop();
				continue;
			}
			if (!item.str.trim()) continue;
			items.push({ text: item.str, left: item.transform[4], top: height - item.transform[5], mark: marks.at(-1)?.tag, mcid: marks.findLast((m) => m.mcid !== undefined)?.mcid });
		}
		pages.push({ number, width, height, items, squashed: squash(items.map((i) => i.text).join('')) });
	}
	return pages;
}

/** The text a reader meets as content: inside tagged marked content, not an artifact. */
export const bodyItems = (page: PdfPage) => page.items.filter((item) => item.mark !== undefined && item.mark !== 'Artifact');
