/** The PDFs' link descriptions and role map (scripts/build-steps/pdf-links.ts), on a PDF made in memory. */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { describeLinks, mapRoles } from '../../scripts/build-steps/pdf-links.ts';

async function withLinks() {
	const doc = await PDFDocument.create();
	const page = doc.addPage();
	const link = (entries: Record<string, unknown>) => doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], ...entries }));
	const uri = doc.context.obj({ S: 'URI', URI: PDFString.of('https://example.org/pathways/pathway-2/') });
	page.node.set(PDFName.of('Annots'), doc.context.obj([link({ A: uri }), link({ Dest: PDFName.of('curiosity-of-self') }), link({ Dest: PDFName.of('unknown') })]));
	return { doc, annotations: () => page.node.lookup(PDFName.of('Annots'), PDFArray) };
}
const contents = (annotations: PDFArray, i: number) => (annotations.lookup(i, PDFDict).get(PDFName.of('Contents')) as PDFHexString | undefined)?.decodeText();

describe('describeLinks', () => {
	test('describes each link in the words it was printed with, by its address or its #fragment', async () => {
		const { doc, annotations } = await withLinks();
		describeLinks(doc, { 'https://example.org/pathways/pathway-2/': 'Pathway 2: Middle Leaders', '#curiosity-of-self': 'Curiosity of self' });
		expect([0, 1, 2].map((i) => contents(annotations(), i))).toEqual(['Pathway 2: Middle Leaders', 'Curiosity of self', undefined]);
	});

	test('falls back to the address of a link to another page, never to a bare #fragment', async () => {
		const { doc, annotations } = await withLinks();
		describeLinks(doc, {});
		expect([0, 1].map((i) => contents(annotations(), i))).toEqual(['https://example.org/pathways/pathway-2/', undefined]);
	});
});

describe('mapRoles', () => {
	test('maps HTML’s structure types that PDF 1.7 lacks to standard ones, keeping a map already there', async () => {
		const doc = await PDFDocument.create();
		doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(doc.context.obj({ Type: 'StructTreeRoot', RoleMap: { Strong: 'P' } })));
		mapRoles(doc);
		const map = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict);
		expect([String(map.get(PDFName.of('Strong'))), String(map.get(PDFName.of('Em')))]).toEqual(['/P', '/Span']);
	});
});
