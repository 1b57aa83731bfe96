/**
 * References formatted by citation-js (https://citation.js.org/), a well-kept citation library,
 * rather than by string templates of ours: Harvard (Cite Them Right, as UK universities teach it)
 * and APA 7 for reading and copying, and BibTeX, RIS and CSL-JSON for reference managers.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CitationFormat } from '../exchange/urls.ts';
import { britishLocale } from './locale.ts';
import type { CslItem } from './references.ts';
import { bibtexItem, oneLineItem, safeBibtex, safeRis } from './safe-files.ts';

/** citation-js's names for the styles: `harvard1` is its bundled Cite Them Right Harvard style (12th edition). */
export const citationStyles = { harvard: { template: 'harvard1', label: 'Harvard' }, apa: { template: 'apa', label: 'APA 7' } } as const;
export type CitationStyle = keyof typeof citationStyles;

// citation-js bundles no British English locale: without one, dates and quotation marks are American.
const csl = plugins.config.get('@csl') as { locales: { get(lang: string): string; add(lang: string, xml: string): void; has(lang: string): boolean } };
if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', britishLocale(csl.locales.get('en-US')));

// A reference to a web page with no institution: BibTeX's @techreport requires one, and standard
// styles warn without it, so a report is written as @misc (citation-js's type map, its documented
// config.types: https://www.npmjs.com/package/@citation-js/plugin-bibtex, "Configuration").
(plugins.config.get('@bibtex') as { types: { bibtex: { target: Record<string, string> } } }).types.bibtex.target['report'] = 'misc';

/**
 * What stands for the reader's date of access: both styles ask for it for a page without a date,
 * in their own order (Harvard "1 December 2026", APA 7 "December 1, 2026"). The reference is
 * formatted with a stand-in date, which is then replaced by these words, marked with the style so
 * that the page's script can put in the day the reader reads it.
 */
export const accessedWords: Record<CitationStyle, string> = { harvard: 'day month year', apa: 'month day, year' };
const standIn = { date: { 'date-parts': [[1900, 1, 1]] }, text: '1 January 1900' };

export interface FormattedReference {
	/** Plain text, to paste anywhere, with the style's `accessedWords` where the reader's date of access goes. */
	text: string;
	/** HTML with the title in italics where the style sets it so, and the date of access in `<span data-accessed="style">`. */
	html: string;
}

export function formatReference(item: CslItem, style: CitationStyle): FormattedReference {
	item = oneLineItem(item);
	// APA 7 names a part's book by its title alone when its authors are the part's own.
	const { 'container-author': containerAuthor, ...part } = item;
	const cite = new Cite({ ...(style === 'apa' ? part : { ...part, 'container-author': containerAuthor }), accessed: standIn.date });
	const options = { template: citationStyles[style].template, lang: 'en-GB' } as const;
	// Only the entry's own markup: the library wraps it in two <div>s.
	const html = cite.format('bibliography', { ...options, format: 'html' })
		.replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim();
	// The text is the HTML without its markup, as citation-js's own text output is (a unit test
	// compares them): formatting once, not twice, halves the time references take to build.
	return {
		text: textOf(html).replace(standIn.text, accessedWords[style]),
		html: html.replace(standIn.text, `<span data-accessed="${style}">${accessedWords[style]}</span>`),
	};
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An HTML fragment's text: its tags dropped, its character references read. */
export function textOf(html: string): string {
	return html.replace(/<[^>]*>/g, '').replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) =>
		decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (entities[name!.toLowerCase()] ?? whole)).trim();
}

/** A reference manager's file of one or more references. */
export function citationFile(items: CslItem[], format: CitationFormat): string {
	const lines = items.map(oneLineItem);
	if (format === 'csl') return `${JSON.stringify(new Cite(lines).format('data', { format: 'object' }), null, '\t')}\n`;
	if (format === 'ris') return safeRis(unwrapRis(new Cite(lines).format('ris')), items.length);
	return safeBibtex(undatedBibtex(new Cite(lines.map(bibtexItem)).format('bibtex')));
}

/**
 * Workaround: @citation-js/plugin-ris 0.8 breaks every value after 70 characters, mid-word
 * (lib/ris.js, `replace(/(.{70})/g, '$1\n')`), and RIS readers, its own among them, join the
 * continuation line with a space ("servi ce managers"). RIS allows long lines: join them back.
 */
export function unwrapRis(ris: string): string {
	return ris.replace(/\n(?![A-Z][A-Z0-9]  -)/g, '');
}

/**
 * The sources give no year: `year = {n.d.}`, as in the references on the pages, rather than a
 * year made up (styles warn of an entry with no year at all).
 */
export function undatedBibtex(bibtex: string): string {
	return bibtex.replace(/^(@\w+\{[^,\n]+,\n)(?![\s\S]*?^\s*year\s*=)/gm, '$1\tyear = {n.d.},\n');
}

export const citationMediaTypes: Record<CitationFormat, string> = {
	bibtex: 'application/x-bibtex; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8',
	csl: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** A reference in every style the pages show. */
export const inEveryStyle = (item: CslItem): Record<CitationStyle, FormattedReference> => ({
	harvard: formatReference(item, 'harvard'),
	apa: formatReference(item, 'apa'),
});

const formattedOnce = new Map<string, Record<CitationStyle, FormattedReference>>();

/**
 * A reference that many pages show, formatted once per build: a capability's or sub-capability's
 * is on every pathway's cite page. citation-js takes some 50–100 ms for one reference in both
 * styles, so formatting the 32 of them again for each pathway was most of a large build's time.
 */
export function inEveryStyleOnce(item: CslItem): Record<CitationStyle, FormattedReference> {
	const key = JSON.stringify(item);
	let references = formattedOnce.get(key);
	if (!references) formattedOnce.set(key, (references = inEveryStyle(item)));
	return references;
}
