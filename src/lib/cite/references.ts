/**
 * What a reference to the framework, a pathway or one of its items says, as CSL-JSON (the data
 * format reference managers share), built from the content: the two organisations the site cites
 * as its authors (see `authorsOf`), and nothing the sources do not give: no publisher, no date.
 * The permanent link, the site's content version (in the edition's place, in words that say it is
 * this site's: the framework's documents give no edition) and the reader's date of access (added
 * when the reference is shown) say where, in which words and when it was read.
 */
import type { FrameworkData, PathwayData } from '../exchange/input.ts';
import { pathwayTitle } from '../exchange/input.ts';
import { urls } from '../urls.ts';

export interface CslItem {
	id: string;
	/** The BibTeX key, unique across the site, so that reference managers keep one entry per item. */
	'citation-key': string;
	/** A whole document (`report`), or a part of one (`chapter`: a capability, sub-capability or attribute). */
	type: 'report' | 'chapter';
	title: string;
	author: { literal: string }[];
	URL: string;
	/** A part's document, and its authors (the same organisations). */
	'container-title'?: string;
	'container-author'?: { literal: string }[];
	/** The site's content version, e.g. "Content version 1.0 of this site": not an edition of the framework. */
	edition: string;
	language: 'en-GB';
}

/**
 * The organisations the references name as the framework's corporate authors, from
 * `framework.yaml`'s `publisher` line. The framework's documents name no author or publisher; the
 * Pathway 2 module page that offers it says "The resources have been developed by Frontline in
 * collaboration with DfE", and citing those two organisations is the site's judgement (/cite/ says so).
 */
export function authorsOf(developedBy: string): { literal: string }[] {
	return developedBy.split(/,?\s+(?:in collaboration with|with|and)\s+(?:the\s+)?/).map((literal) => ({ literal: literal.trim() })).filter((a) => a.literal);
}

/** A part's title: its words, without the full stop that ends a statement (a title has none). */
export const partTitle = (words: string) => words.trim().replace(/\.$/, '');

/** The site's content version, as a reference gives it. */
export const contentEdition = (version: string) => `Content version ${version} of this site`;

/** A reference to anything in the framework, at `path` on the site. */
function reference(data: Pick<FrameworkData, 'about'>, site: URL, fields: Pick<CslItem, 'id' | 'type' | 'title' | 'container-title'> & { path: string }): CslItem {
	const { path, id, ...rest } = fields;
	const author = authorsOf(data.about.publisher);
	// One id in every file: BibTeX keys may not hold "-" or "." (citation-js would make up a key that
	// two pathways share), so "lcf_pathway_2", "lcf_P2_CU1_1".
	const key = id.replace(/[^A-Za-z0-9_]/g, '_');
	return {
		...rest,
		id: key,
		'citation-key': key,
		author,
		...(rest['container-title'] && { 'container-author': author }),
		URL: new URL(path, site).href,
		edition: contentEdition(data.about.version),
		language: 'en-GB',
	};
}

export const frameworkReference = (data: Pick<FrameworkData, 'about'>, site: URL) =>
	reference(data, site, { id: 'lcf', type: 'report', title: data.about.title, path: urls.home });

export const pathwayReference = (data: Pick<FrameworkData, 'about'>, pathway: PathwayData, site: URL) =>
	reference(data, site, { id: `lcf-${pathway.id}`, type: 'report', title: pathwayTitle(data, pathway), path: urls.pathway(pathway.id) });

/**
 * A capability or sub-capability: part of the framework as a whole, shared by every pathway, cited
 * by its title (the site's codes are not the framework's words; they stay in the key).
 */
export const partReference = (data: Pick<FrameworkData, 'about'>, part: { code: string; title: string }, path: string, site: URL) =>
	reference(data, site, { id: `lcf-${part.code}`, type: 'chapter', title: partTitle(part.title), 'container-title': data.about.title, path });

/** An attribute: its statement, part of its pathway's framework. */
export const attributeReference = (data: Pick<FrameworkData, 'about'>, pathway: PathwayData, attribute: { id: string; code: string; text: string; pathway: string }, site: URL) =>
	reference(data, site, {
		id: `lcf-${attribute.code}`, type: 'chapter', title: partTitle(attribute.text),
		'container-title': pathwayTitle(data, pathway), path: urls.attribute(attribute),
	});
