/**
 * Two things PDF/UA-1 asks that Chromium's tagged PDF leaves out. Each link annotation carries a
 * description (`Contents`, ISO 14289-1 7.18.5): the words of the link it was printed from. And the
 * structure types HTML gives that PDF 1.7 does not define (`Strong` from <strong>) are mapped to
 * standard ones (`RoleMap`, 7.1), so that readers such as poppler do not drop what they tag.
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/** HTML's structure types that PDF 1.7 lacks (ISO 32000-1 14.8.4), and the standard type each reads as. */
export const roleMap: Record<string, string> = { Strong: 'Span', Em: 'Span' };

/** What each link on the printed page says, by its address (`#id` within the page, else absolute). */
export type LinkWords = Record<string, string>;

/**
 * In the page: the words of each link (its text, else its label), the first link to an address
 * winning. A link within the page (printed as a named destination) is also kept by its `#fragment`,
 * as its address has been made the published page's by then.
 */
export function linkWordsInPage(): LinkWords {
	const words: LinkWords = {};
	const page = (href: string) => ((url) => url.origin + url.pathname)(new URL(href));
	// This page at the address it was printed from, and at the published one its links now carry.
	const thisPage = new Set([location.href, document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href].map(page));
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const said = (link.textContent || link.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
		const url = new URL(link.href);
		const keys = [link.href, ...(url.hash && thisPage.has(page(link.href)) ? [decodeURIComponent(url.hash)] : [])];
		for (const key of keys) if (said && !(key in words)) words[key] = said;
	}
	return words;
}

/** A link annotation's address as the page wrote it: its URI, or `#` and its named destination. */
function addressOf(annotation: PDFDict): string | undefined {
	const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
	const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
	if (uri) return uri.decodeText();
	const destination = annotation.get(PDFName.of('Dest'));
	return destination instanceof PDFName ? `#${destination.decodeText()}` : undefined;
}

export function describeLinks(doc: PDFDocument, words: LinkWords): void {
	for (const page of doc.getPages()) {
		const annotations = page.node.Annots();
		for (let i = 0; i < (annotations?.size() ?? 0); i++) {
			const annotation = annotations!.lookup(i, PDFDict);
			if (annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link') || annotation.has(PDFName.of('Contents'))) continue;
			const address = addressOf(annotation);
			const said = address && (words[address] ?? (address.startsWith('#') ? undefined : address));
			// UTF-16, as the words may have curly quotes or accents.
			if (said) annotation.set(PDFName.of('Contents'), PDFHexString.fromText(said));
		}
	}
}

export function mapRoles(doc: PDFDocument): void {
	const tree = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
	if (!tree) return;
	const map = tree.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
	for (const [from, to] of Object.entries(roleMap)) if (!map.has(PDFName.of(from))) map.set(PDFName.of(from), PDFName.of(to));
	tree.set(PDFName.of('RoleMap'), map);
}
