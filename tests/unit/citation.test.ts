/**
 * References on a tiny framework: formatted by citation-js, and the reference managers' files read
 * back by citation-js's parsers: authors as the sources name them, no invented date.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { citationFile, formatReference } from '../../src/lib/cite/formats.ts';
import { attributeReference, authorsOf, frameworkReference, pathwayReference } from '../../src/lib/cite/references.ts';
import { tinyFramework } from '../helpers/tiny-framework.ts';
import { pathwayLabels } from '../../src/lib/labels.ts';

const site = new URL('https://example.org/');
const data = tinyFramework();
const pathway = data.pathways[0]!;
const reference = pathwayReference(data, pathway, site);
type Csl = { title: string; author: { literal?: string; family?: string }[]; URL: string; issued?: unknown };
const readBack = (text: string) => (new Cite(text) as unknown as { data: Csl[] }).data;

describe('authorsOf', () => {
	test('reads the publisher line as the organisations it names', () =>
		expect([authorsOf('Frontline, with the Department for Education'), authorsOf('Frontline, in collaboration with the Department for Education')]).toEqual([
			[{ literal: 'Frontline' }, { literal: 'Department for Education' }],
			[{ literal: 'Frontline' }, { literal: 'Department for Education' }],
		]));
});

describe('formatReference', () => {
	test('Harvard names both organisations, says "no date" and gives the permanent link', () =>
		expect(formatReference(reference, 'harvard').text).toBe(
			'Frontline and Department for Education (no date) Leadership Capability Framework, Pathway 2: Leaders 2. Frontline, with the Department for Education. Available at: https://example.org/pathways/pathway-2/.',
		));

	test('APA 7 says "n.d." and gives the content version', () => {
		const { text } = formatReference(reference, 'apa');
		expect(text).toContain('Frontline & Department for Education. (n.d.).');
		expect(text).toContain('(Version 1.0)');
		expect(text).toContain('https://example.org/pathways/pathway-2/');
	});

	test('keeps the title in italics in the HTML form, without the library\'s wrappers', () =>
		expect(formatReference(reference, 'harvard').html).toMatch(/^Frontline and Department for Education \(no date\) <i>Leadership Capability Framework, Pathway 2: Leaders 2<\/i>/));

	test('cites an attribute by its code and words, within its pathway, at its permanent link', () => {
		const attribute = data.capabilities[0]!.subCapabilities[0]!.attributesByPathway.get('pathway-2')![0]!;
		const { text } = formatReference(attributeReference(data, pathway, attribute, site), 'harvard');
		expect(text).toContain('P2-CU1.1 Knows self, and others.');
		expect(text).toContain('Leadership Capability Framework, Pathway 2: Leaders 2');
		expect(text).toContain('https://example.org/pathways/pathway-2/#p2-knows-self');
	});
});

describe('formatReference\'s text', () => {
	// Made from the HTML (one formatting, not two): it must be what citation-js's text output is.
	const titles = ['Plain words.', 'Self & others, "quoted" and \'quoted\'.', 'Less < more > less.', 'Café — naïve, 50% of €5.', 'Tags <b>as words</b> &amp; an &#38; entity.'];
	test.each(titles)('is citation-js\'s own text for a title like %j, in both styles', (title) => {
		const item = { ...reference, title };
		for (const style of ['harvard', 'apa'] as const) {
			const own = new Cite(item).format('bibliography', { template: style === 'harvard' ? 'harvard1' : 'apa', lang: 'en-GB', format: 'text' }).trim();
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
		expect(item!.issued).toBeUndefined();
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
