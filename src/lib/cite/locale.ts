/**
 * A British English CSL locale made from the American one citation-js bundles (it has none of its
 * own): dates as "1 December 2026", single quotation marks outside double ones, and punctuation
 * after a closing quotation mark, as UK referencing guides (Cite Them Right) set them.
 */
export function britishLocale(american: string): string {
	const quotes = { 'open-quote': '‘', 'close-quote': '’', 'open-inner-quote': '“', 'close-inner-quote': '”' };
	let xml = american
		.replace('xml:lang="en-US"', 'xml:lang="en-GB"')
		.replace('punctuation-in-quote="true"', 'punctuation-in-quote="false"')
		.replace(/<date form="text">[\s\S]*?<\/date>/, '<date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>');
	for (const [term, mark] of Object.entries(quotes)) xml = xml.replace(new RegExp(`<term name="${term}">[^<]*</term>`), `<term name="${term}">${mark}</term>`);
	return xml;
}
