/** One typeface in every PDF, shipped with the project, so a PDF built on any machine looks the same. */
import { describe, expect, test } from 'vitest';
import { fonts, loadPdf } from '../helpers/pdf-objects.ts';
import { printedPdfs } from '../helpers/pdf.ts';

describe.each(printedPdfs.map((pdf) => pdf.name))('%s', (file) => {
	test('embeds Atkinson Hyperlegible and no other family', async () => {
		const families = fonts(await loadPdf(file)).map(({ baseFont }) => baseFont.replace(/^[A-Z]{6}\+/, '').replace(/-.*$/, ''));
		expect(families.length).toBeGreaterThan(0);
		expect([...new Set(families)]).toEqual(['AtkinsonHyperlegible']);
	});
});
