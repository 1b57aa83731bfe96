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
	const cite = new Cite(item);
	const options = { template: citationStyles[style].template, lang: 'en-GB' } as const;
	const html = cite.format('bibliography', { ...options, format: 'html' });
	return {
		text: cite.format('bibliography', { ...options, format: 'text' }).trim(),
		// Only the entry's own markup: the library wraps it in two <div>s.
		html: html.replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim(),
	};
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
