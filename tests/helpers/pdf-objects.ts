/** The built PDFs' own objects, as pdf-lib reads them: catalog, fonts and the tagged structure. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import { distDir } from './dist.ts';

export const name = (key: string) => PDFName.of(key);

export function loadPdf(file: string): Promise<PDFDocument> {
	return PDFDocument.load(readFileSync(path.join(distDir, 'downloads', file)), { updateMetadata: false });
}

/** Every font dictionary the pages use (each Type0 font with its descendant), named by BaseFont. */
export function fonts(doc: PDFDocument): { baseFont: string; dict: PDFDict }[] {
	const found = new Map<string, PDFDict>();
	for (const page of doc.getPages()) {
		const dict = page.node.Resources()?.lookupMaybe(name('Font'), PDFDict);
		for (const [, ref] of dict?.entries() ?? []) {
			const font = doc.context.lookup(ref, PDFDict);
			const descendants = font.lookupMaybe(name('DescendantFonts'), PDFArray)?.asArray().map((d) => doc.context.lookup(d, PDFDict)) ?? [];
			for (const each of [font, ...descendants]) found.set(String(each.get(name('BaseFont'))).slice(1) + (each === font ? '' : ' (descendant)'), each);
		}
	}
	return [...found].map(([baseFont, dict]) => ({ baseFont, dict }));
}

/** A marked-content sequence on a page, by its id (MCID). */
export interface MarkedContent {
	page: PDFRef | undefined;
	mcid: number;
}

export interface StructElement {
	type: string;
	dict: PDFDict;
	/** Its children in the tree's order: elements, and marked content on a page. */
	kids: (StructElement | MarkedContent)[];
}

const isElement = (kid: StructElement | MarkedContent): kid is StructElement => 'kids' in kid;

/** The structure tree below the StructTreeRoot, in its own order (the order assistive technology reads). */
export function structureTree(doc: PDFDocument): StructElement[] {
	const root = doc.catalog.lookup(name('StructTreeRoot'), PDFDict);
	const walk = (object: PDFObject | undefined, page: PDFRef | undefined, into: StructElement): void => {
		const value = object instanceof PDFRef ? doc.context.lookup(object) : object;
		if (value instanceof PDFNumber) into.kids.push({ page, mcid: value.asNumber() });
		else if (value instanceof PDFArray) for (const kid of value.asArray()) walk(kid, page, into);
		else if (value instanceof PDFDict && !(value instanceof PDFStream)) {
			const kidPage = (value.get(name('Pg')) as PDFRef | undefined) ?? page;
			if (value.has(name('MCID'))) return void into.kids.push({ page: kidPage, mcid: (value.get(name('MCID')) as PDFNumber).asNumber() });
			if (!value.has(name('S'))) return; // An object reference (an annotation): no marked content of its own.
			const element: StructElement = { type: String(value.get(name('S'))).slice(1), dict: value, kids: [] };
			into.kids.push(element);
			walk(value.get(name('K')), kidPage, element);
		}
	};
	const top: StructElement = { type: 'StructTreeRoot', dict: root, kids: [] };
	walk(root.get(name('K')), undefined, top);
	return top.kids.filter(isElement);
}

/** Every element of the tree, depth first. */
export const allElements = (tree: StructElement[]): StructElement[] => tree.flatMap((e) => [e, ...allElements(e.kids.filter(isElement))]);

/** The tree's marked content in the order a screen reader meets it. */
export const readingOrder = (tree: (StructElement | MarkedContent)[]): MarkedContent[] => tree.flatMap((kid) => (isElement(kid) ? readingOrder(kid.kids) : [kid]));
