/**
 * The running header (the handout's title) and footer (its address, "Page N of M"), drawn on every
 * page after rendering, as pagination artifacts: a screen reader skips them (PDF/UA-1 7.8), where
 * Chromium's own header and footer are untagged text that it would read out on every page.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFOperator, PDFOperatorNames, rgb, type PDFPage } from 'pdf-lib';
import { pdfFontFile } from './pdf-font.ts';

const mm = 72 / 25.4;
const size = 8;
const grey = rgb(0.2, 0.2, 0.2);

export interface Furniture {
	/** The running header, e.g. the document's title. */
	title: string;
	/** The page's address on the published site, so that every sheet leads back to it. */
	address: string;
	/** Which version of the content the paper holds, e.g. "Content version 1.0, 23 November 2026". */
	version: string;
	/** The left and right page margin, in millimetres. */
	sideMargin: number;
}

export async function stampFurniture(pdf: Uint8Array, { title, address, version, sideMargin }: Furniture): Promise<Uint8Array> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	doc.registerFontkit(fontkit);
	// A fixed subset tag: pdf-lib's own is random, and two builds of the same site must match byte for byte.
	const font = await doc.embedFont(await pdfFontFile(), { subset: true, customName: 'LCFAAA+AtkinsonHyperlegible-Regular' });
	const pages = doc.getPages();
	pages.forEach((page, index) => {
		const { width, height } = page.getSize();
		const left = sideMargin * mm;
		// The cover shows the title large; the header repeats it from page 2.
		if (index > 0)
			artifact(page, 'Header', () => {
				page.drawText(title, { x: left, y: height - 11 * mm, size, font, color: grey });
				page.drawText(version, { x: width - left - font.widthOfTextAtSize(version, size), y: height - 11 * mm, size, font, color: grey });
			});
		artifact(page, 'Footer', () => {
			page.drawText(address, { x: left, y: 9 * mm, size, font, color: grey });
			const number = `Page ${index + 1} of ${pages.length}`;
			page.drawText(number, { x: width - left - font.widthOfTextAtSize(number, size), y: 9 * mm, size, font, color: grey });
		});
	});
	return doc.save();
}

/** Draws inside `/Artifact <</Type /Pagination /Subtype …>> BDC … EMC` (PDF 1.7, 14.8.2.2). */
function artifact(page: PDFPage, subtype: 'Header' | 'Footer', draw: () => void): void {
	// A string argument is written as it is: here the inline property list.
	page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), `<< /Type /Pagination /Subtype /${subtype} >>`]));
	draw();
	page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
}
