/**
 * References on a tiny framework: formatted by citation-js, and the reference managers' files read
 * back by citation-js's parsers: authors as the sources name them, no invented date.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { accessedWords, citationFile, formatReference } from '../../src/lib/cite/formats.ts';
import { attributeReference, authorsOf, frameworkReference, pathwayReference } from '../../src/lib/cite/references.ts';
import { tinyFramework } from '../helpers/tiny-framework.ts';
import { pathwayLabels } from '../../src/lib/labels.ts';

const site = new URL('https://example.org/');
const data = tinyFramework();
const pathway = data.pathways[0]!;
const reference = pathwayReference(data, pathway, site);
type Csl = { title: string; author: { literal?: string; family?: string }[]; URL: string; issued?: { literal?: string } };
const readBack = (text: string) => (new Cite(text) as unknown as { data: Csl[] }).data;

describe('authorsOf', () => {
	test('reads the publisher line as the organisations it names', () =>
		expect([authorsOf('Frontline, with the Department for Education'), authorsOf('Frontline, in collaboration with the Department for Education')]).toEqual([
			[{ literal: 'Frontline' }, { literal: 'Department for Education' }],
			[{ literal: 'Frontline' }, { literal: 'Department for Education' }],
		]));
});

describe('formatReference', () => {
	test('Harvard names both organisations as authors, no publisher, says "no date", gives the site\'s content version, and ends with the link and the date of access', () =>
		expect(formatReference(reference, 'harvard').text).toBe(
			'Frontline and Department for Education (no date) Leadership Capability Framework, Pathway 2: Leaders 2. Content version 1.0 of this site. Available at: https://example.org/pathways/pathway-2/ (Accessed: day month year).',
		));

	test('APA 7 says "n.d.", gives the site\'s content version and no publisher, and retrieves from the link on the date of access, month first', () =>
		expect(formatReference(reference, 'apa').text).toBe(
			'Frontline & Department for Education. (n.d.). Leadership Capability Framework, Pathway 2: Leaders 2 (Content version 1.0 of this site). Retrieved month day, year, from https://example.org/pathways/pathway-2/',
		));

	test('marks the date of access in the HTML form with its style, for the page to put in today in the style\'s order', () => {
		expect(formatReference(reference, 'harvard').html).toContain('(Accessed: <span data-accessed="harvard">day month year</span>).');
		expect(formatReference(reference, 'apa').html).toContain('Retrieved <span data-accessed="apa">month day, year</span>, from');
	});

	test('keeps the title in italics in the HTML form, without the library\'s wrappers', () =>
		expect(formatReference(reference, 'harvard').html).toMatch(/^Frontline and Department for Education \(no date\) <i>Leadership Capability Framework, Pathway 2: Leaders 2<\/i>/));

	test('cites an attribute by its words, in single quotes, "in" its pathway\'s framework, without the site\'s code', () => {
		const attribute = data.capabilities[0]!.subCapabilities[0]!.attributesByPathway.get('pathway-2')![0]!;
		const item = attributeReference(data, pathway, attribute, site);
		expect(formatReference(item, 'harvard').html).toBe(
			'Frontline and Department for Education (no date) ‘Knows self, and others’, in Frontline and Department for Education, <i>Leadership Capability Framework, Pathway 2: Leaders 2</i>. Content version 1.0 of this site. Available at: https://example.org/pathways/pathway-2/#p2-knows-self (Accessed: <span data-accessed="harvard">day month year</span>).',
		);
		expect(formatReference(item, 'apa').text).toBe(
			'Frontline & Department for Education. (n.d.). Knows self, and others. In Leadership Capability Framework, Pathway 2: Leaders 2 (Content version 1.0 of this site). Retrieved month day, year, from https://example.org/pathways/pathway-2/#p2-knows-self',
		);
	});
});

describe('formatReference\'s text', () => {
	// Made from the HTML (one formatting, not two): it must be what citation-js's text output is.
	const titles = ['Plain words.', 'Self & others, "quoted" and \'quoted\'.', 'Less < more > less.', 'Café — naïve, 50% of €5.', 'Tags <b>as words</b> &amp; an &#38; entity.'];
	test.each(titles)('is citation-js\'s own text for a title like %j, in both styles', (title) => {
		const item = { ...reference, title };
		for (const style of ['harvard', 'apa'] as const) {
			// As formatReference asks for it: a stand-in date of access, the words for it put in after.
			const { 'container-author': containerAuthor, ...part } = item as typeof item & { 'container-author'?: unknown };
			const asked = { ...(style === 'apa' ? part : { ...part, 'container-author': containerAuthor }), accessed: { 'date-parts': [[1900, 1, 1]] } };
			const own = new Cite(asked).format('bibliography', { template: style === 'harvard' ? 'harvard1' : 'apa', lang: 'en-GB', format: 'text' }).trim().replace('1 January 1900', accessedWords[style]);
			expect(formatReference(item, style).text).toBe(own);
		}
	});
});

describe('citationFile', () => {
	test.for(['bibtex', 'ris', 'csl'] as const)('%s reads back as the same reference, with no date', (format) => {
		const [item, ...rest] = readBack(citationFile([frameworkReference(data, site)], format));
		expect(rest).toEqual([]);
		expect(item!.title).toBe('Leadership Capability Framework');
		expect(item!.author.map((a) => a.literal ?? a.family)).toEqual(['Frontline', 'Department for Education']);
		expect(item!.URL).toBe('https://example.org/');
		// BibTeX's "year = {n.d.}" reads back as that literal: still no date.
		expect(item!.issued ?? { literal: 'n.d.' }).toEqual({ literal: 'n.d.' });
	});

	test('no file names a publisher or an institution', () => {
		const files = (['bibtex', 'ris', 'csl'] as const).map((format) => citationFile([reference], format)).join('\n');
		expect(files).not.toMatch(/institution|publisher|^PB /im);
	});

	test('each file gives the site\'s content version as the site\'s (BibTeX\'s @misc in a note as well)', () => {
		expect(citationFile([reference], 'ris')).toContain('ET  - Content version 1.0 of this site');
		expect(citationFile([reference], 'bibtex')).toMatch(/^\tnote = \{Content version 1\.0 of this site\},$/m);
		expect(JSON.parse(citationFile([reference], 'csl'))[0].edition).toBe('Content version 1.0 of this site');
	});

	test('BibTeX: each pathway is a @misc (which needs no institution) with its own key, the same id as in RIS and CSL-JSON, and year {n.d.}', () => {
		const second = { ...pathway, id: 'pathway-3', number: 3, ...pathwayLabels({ number: 3, title: pathway.title }) };
		const bibtex = citationFile([reference, pathwayReference(data, second, site)], 'bibtex');
		expect([...bibtex.matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1])).toEqual(['lcf_pathway_2', 'lcf_pathway_3']);
		expect(bibtex.match(/^\tyear = \{n\.d\.\},$/gm)).toHaveLength(2);
		expect(citationFile([reference], 'ris')).toContain('ID  - lcf_pathway_2');
	});
});

describe('the RIS file', () => {
	test('keeps a long title on one line, as RIS readers need (citation-js would break it after 70 characters)', () => {
		const title = 'Heads of Service and service managers, and a title long enough to be wrapped';
		const long = { ...pathway, title, ...pathwayLabels({ number: pathway.number, title }) };
		const ris = citationFile([pathwayReference(data, long, site)], 'ris');
		expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9]  -/.test(line))).toBe(true);
		expect(readBack(ris)[0]!.title).toBe(`Leadership Capability Framework, Pathway 2: ${long.title}`);
	});
});
