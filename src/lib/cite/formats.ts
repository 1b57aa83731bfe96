/**
 * References formatted by citation-js (https://citation.js.org/), a well-kept citation library,
 * rather than by string templates of ours: Harvard (Cite Them Right, as UK universities teach it)
 * and APA 7 for reading and copying, and BibTeX, RIS and CSL-JSON for reference managers.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CitationFormat } from '../exchange/urls.ts';
import type { CslItem } from './references.ts';

/** citation-js's names for the styles: `harvard1` is its bundled Cite Them Right Harvard style. */
export const citationStyles = { harvard: { template: 'harvard1', label: 'Harvard' }, apa: { template: 'apa', label: 'APA 7' } } as const;
export type CitationStyle = keyof typeof citationStyles;

export interface FormattedReference {
	/** Plain text, to paste anywhere. */
	text: string;
	/** HTML with the title in italics where the style sets it so. */
	html: string;
}

export function formatReference(item: CslItem, style: CitationStyle): FormattedReference {
	const options = { template: citationStyles[style].template, lang: 'en-GB' } as const;
	// Only the entry's own markup: the library wraps it in two <div>s.
	const html = new Cite(item).format('bibliography', { ...options, format: 'html' })
		.replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim();
	// The text is the HTML without its markup, as citation-js's own text output is (a unit test
	// compares them): formatting once, not twice, halves the time references take to build.
	return { text: textOf(html), html };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An HTML fragment's text: its tags dropped, its character references read. */
export function textOf(html: string): string {
	return html.replace(/<[^>]*>/g, '').replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) =>
		decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (entities[name!.toLowerCase()] ?? whole)).trim();
}

/** A reference manager's file of one or more references. */
export function citationFile(items: CslItem[], format: CitationFormat): string {
	const cite = new Cite(items);
	if (format === 'csl') return `${JSON.stringify(cite.format('data', { format: 'object' }), null, '\t')}\n`;
	if (format === 'ris') return unwrapRis(cite.format('ris'));
	return cite.format(format);
}

/**
 * Workaround: @citation-js/plugin-ris 0.8 breaks every value after 70 characters, mid-word
 * (lib/ris.js, `replace(/(.{70})/g, '$1\n')`), and RIS readers, its own among them, join the
 * continuation line with a space ("servi ce managers"). RIS allows long lines: join them back.
 */
export function unwrapRis(ris: string): string {
	return ris.replace(/\n(?![A-Z][A-Z0-9]  -)/g, '');
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
