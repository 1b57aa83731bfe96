/** The PDFs' XMP packet: what PDF/UA-1 asks for, and a title with markup characters kept as text. */
import { describe, expect, test } from 'vitest';
import { xmp } from '../../scripts/build-steps/pdf-metadata.ts';

const info = { title: 'Pathway 2: Middle Leaders – 4C', author: 'Frontline, with the Department for Education', subject: 'Leadership Capability Framework', lang: 'en-GB' };

describe('xmp', () => {
	test('names PDF/UA-1 and gives the title and language in Dublin Core', () => {
		const packet = xmp(info);
		expect(packet).toContain('<pdfuaid:part>1</pdfuaid:part>');
		expect(packet).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Pathway 2: Middle Leaders – 4C</rdf:li></rdf:Alt></dc:title>');
		expect(packet).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
	});

	test('escapes & and < in a title, so the packet stays well-formed XML', () => {
		expect(xmp({ ...info, title: 'Children & Families <draft>' })).toContain('>Children &amp; Families &lt;draft></rdf:li>');
	});
});
