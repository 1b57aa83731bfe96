/**
 * What PDF/UA-1 asks of a document beyond its tags, as far as Chromium leaves it out: XMP metadata
 * naming the standard (`pdfuaid:part` 1), with the title and language; the title shown in place
 * of the file name; annotations visited in the order of the structure; links described and
 * HTML's own structure types mapped (pdf-links.ts).
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import { describeLinks, mapRoles, type LinkWords } from './pdf-links.ts';

export interface DocumentInfo {
	title: string;
	author: string;
	subject: string;
	/** BCP 47, e.g. `en-GB`. */
	lang: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The XMP packet (ISO 16684-1) that PDF/UA-1 5 requires, with the Dublin Core title, creator, description and language. */
export function xmp({ title, author, subject, lang }: DocumentInfo): string {
	const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
	return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <pdfuaid:part>1</pdfuaid:part>
   <dc:format>application/pdf</dc:format>
   <dc:title>${alt(title)}</dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description>${alt(subject)}</dc:description>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

export async function withPdfUa(pdf: Uint8Array, info: DocumentInfo, linkWords: LinkWords = {}): Promise<Uint8Array> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	// Uncompressed, so that tools that look for the PDF/UA identifier without decoding streams find it.
	const metadata = doc.context.stream(new TextEncoder().encode(xmp(info)), { Type: 'Metadata', Subtype: 'XML' });
	doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
	doc.setTitle(info.title, { showInWindowTitleBar: true });
	doc.setLanguage(info.lang);
	// PDF/UA-1 7.18.3: a page with annotations visits them in the order of the structure tree.
	for (const page of doc.getPages()) if (page.node.Annots()?.size()) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
	describeLinks(doc, linkWords);
	mapRoles(doc);
	return doc.save();
}
