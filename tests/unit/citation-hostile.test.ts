/**
 * Reference managers' files made from hostile content: a brace in the organisations' line or a
 * line break in a title must stay inside its own field, and the files must read back as one
 * reference each, with the hostile words as words.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { citationFile, formatReference } from '../../src/lib/cite/formats.ts';
import { pathwayReference } from '../../src/lib/cite/references.ts';
import { balanced, safeBibtex, safeRis, texText } from '../../src/lib/cite/safe-files.ts';
import { tinyFramework } from '../helpers/tiny-framework.ts';

const site = new URL('https://example.org/');
const data = tinyFramework();
const pathway = data.pathways[0]!;
const hostile = {
	publisher: 'Frontline}}, title={Forged title}, note={x',
	title: 'Leaders\nER  -\nTY  - JOUR\nTI  - Forged\u2028record\r\n} @misc{evil, title={y',
};
const forged = pathwayReference({ about: { ...data.about, publisher: hostile.publisher } }, { ...pathway, label: hostile.title }, site);
type Csl = { title: string; author: { literal?: string; family?: string }[] };
const readBack = (text: string) => (new Cite(text) as unknown as { data: Csl[] }).data;

describe('the BibTeX file from hostile content', () => {
	const bibtex = citationFile([forged], 'bibtex');

	test('has one entry whose fields are each one line, and no field the content added', () => {
		expect(bibtex.match(/^@/gm)).toHaveLength(1);
		expect(bibtex.split('\n').filter((line) => line.startsWith('\t')).map((line) => line.split(' = ')[0]!.trim())).toEqual(
			['year', 'author', 'edition', 'language', 'note', 'title', 'url', 'howpublished'].filter((field) => bibtex.includes(`\t${field} = `)),
		);
		expect(bibtex).not.toMatch(/^\ttitle = \{Forged/m);
		expect(bibtex).not.toContain('@misc{evil');
	});

	test('balances the braces of every field', () => {
		for (const line of bibtex.split('\n').filter((l) => l.startsWith('\t'))) {
			const value = line.slice(line.indexOf('{') + 1, -2);
			expect(balanced(value)).toBe(value);
		}
	});

	test('reads back as one reference, with the organisations\' line and the title as words', () => {
		const [item, ...rest] = readBack(bibtex);
		expect(rest).toEqual([]);
		expect(item!.author.map((a) => a.literal ?? a.family).join(' ')).toContain('Forged title');
		expect(item!.title).toContain('Forged record');
	});
});

describe('the RIS file from hostile content', () => {
	const ris = citationFile([forged], 'ris');

	test('is one record: the title\'s line breaks are spaces, so no "ER  -" or "TY  -" of its own', () => {
		expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
		expect(ris.match(/^ER {2}-/gm)).toHaveLength(1);
		expect(ris.split('\n').filter(Boolean).every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line))).toBe(true);
		expect(ris).toMatch(/^TI {2}- .*Leaders ER - TY - JOUR TI - Forged record \} @misc/m);
	});

	test('reads back as one reference', () => expect(readBack(ris)).toHaveLength(1));
});

describe('the CSL-JSON file and the references on the pages from hostile content', () => {
	test('keep each value on one line', () => {
		expect(JSON.parse(citationFile([forged], 'csl'))[0].title).not.toMatch(/[\r\n\u2028\u2029]/);
		expect(formatReference(forged, 'harvard').text).not.toMatch(/[\r\n\u2028\u2029]/);
	});
});

describe('texText', () => {
	test('writes TeX\'s special characters as text', () =>
		expect(texText('a\\b{c}%d&e$f#g_h~i^j')).toBe('a\\textbackslash{}b\\textbraceleft{}c\\textbraceright{}\\%d\\&e\\$f\\#g\\_h\\textasciitilde{}i\\textasciicircum{}j'));
});

describe('balanced', () => {
	test('keeps braces that pair up and writes stray ones as text', () => {
		expect(balanced('{Leadership} {Capability}')).toBe('{Leadership} {Capability}');
		expect(balanced('{Frontline}}, title={x')).toBe('{Frontline}\\textbraceright{}, title=\\textbraceleft{}x');
	});
});

describe('the checks after formatting', () => {
	test('a BibTeX line that is not one field stops the build', () =>
		expect(() => safeBibtex('@misc{a,\n\ttitle = {x},\ntitle={Forged},\n}\n')).toThrow(/BibTeX line 3 is not one field/));

	test('a RIS file with a second record stops the build', () =>
		expect(() => safeRis('TY  - RPRT\nTI  - x\nER  - \nTY  - JOUR\nER  - ', 1)).toThrow(/not 1 record/));
});
