/**
 * A table's header row, repeated by Chromium at the top of every page the table runs on, stays
 * tagged as the one header cell on every page, so a screen reader would read "Sub-capability" once
 * per page, all in one cell. The repeats become pagination artifacts (PDF 1.7, 14.8.2.2: running
 * heads are artifacts); the header's first appearance stays its content.
 */
import { Buffer } from 'node:buffer';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

const name = PDFName.of;

export async function repeatedHeadersAsArtifacts(pdf: Uint8Array): Promise<Uint8Array> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const root = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
	if (!root) return pdf;
	// Page (as "n 0 R") → the MCIDs on it that repeat a header.
	const repeats = new Map<string, Set<number>>();
	// `page`: the element's own page (Pg), which a bare MCID in its kids is on.
	const visit = (object: PDFObject | undefined, inHeader: boolean, page: string | undefined): void => {
		const value = object instanceof PDFRef ? doc.context.lookup(object) : object;
		if (value instanceof PDFArray) {
			if (inHeader) dropRepeats(doc, value, page, repeats);
			for (const kid of value.asArray()) visit(kid, inHeader, page);
		} else if (value instanceof PDFDict && value.has(name('S'))) {
			const own = value.get(name('Pg'));
			visit(value.get(name('K')), inHeader || String(value.get(name('S'))) === '/TH', own ? String(own) : page);
		}
	};
	visit(root.get(name('K')), false, undefined);
	if (repeats.size === 0) return pdf;
	const parentTree = root.lookup(name('ParentTree'), PDFDict).lookup(name('Nums'), PDFArray).asArray();
	for (const page of doc.getPages()) {
		const mcids = repeats.get(page.ref.toString());
		if (!mcids) continue;
		rewriteContent(doc, page.node, mcids);
		// The parent tree maps each MCID of the page to its element: the artifacts have none.
		const key = (page.node.get(name('StructParents')) as PDFNumber).asNumber();
		const index = parentTree.findIndex((entry, i) => i % 2 === 0 && (entry as PDFNumber).asNumber() === key);
		const parents = doc.context.lookup(parentTree[index + 1], PDFArray);
		for (const mcid of mcids) if (mcid < parents.size()) parents.set(mcid, PDFNull);
	}
	return doc.save();
}

/** Keeps a header element's marked content on its first page and notes the rest, per page. */
function dropRepeats(doc: PDFDocument, kids: PDFArray, ownPage: string | undefined, repeats: Map<string, Set<number>>): void {
	const references = kids.asArray().map((kid) => doc.context.lookup(kid));
	const markedContent = references.map((kid) =>
		kid instanceof PDFNumber
			? { page: ownPage, mcid: kid.asNumber() }
			: kid instanceof PDFDict && kid.has(name('MCID'))
				? { page: kid.has(name('Pg')) ? String(kid.get(name('Pg'))) : ownPage, mcid: (kid.get(name('MCID')) as PDFNumber).asNumber() }
				: undefined,
	);
	const first = markedContent.find(Boolean)?.page;
	for (let i = references.length - 1; i >= 0; i--) {
		const { page, mcid } = markedContent[i] ?? {};
		if (!page || page === first || mcid === undefined) continue;
		repeats.set(page, (repeats.get(page) ?? new Set()).add(mcid));
		kids.remove(i);
	}
}

/** Re-marks the given marked content of a page (`/Tag <</MCID n >>BDC`) as pagination artifacts. */
function rewriteContent(doc: PDFDocument, page: PDFDict, mcids: Set<number>): void {
	const contents = page.get(name('Contents'));
	const refs = contents instanceof PDFArray ? contents.asArray() : [contents!];
	const text = refs.map((ref) => Buffer.from(decodePDFRawStream(doc.context.lookup(ref) as PDFRawStream).decode()).toString('latin1')).join('\n');
	const marked = text.replace(/\/[A-Za-z0-9]+\s*<<\s*\/MCID\s+(\d+)\s*>>\s*BDC/g, (whole, mcid: string) => (mcids.has(Number(mcid)) ? '/Artifact <</Type /Pagination >>BDC' : whole));
	page.set(name('Contents'), doc.context.register(doc.context.flateStream(Buffer.from(marked, 'latin1'))));
}
