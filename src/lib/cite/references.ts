/**
 * What a reference to the framework, a pathway or one of its items says, as CSL-JSON (the data
 * format reference managers share), built from the content alone: authors as the sources name
 * them (Frontline, with the Department for Education), no date where the sources give none, the
 * content version and the permanent link.
 */
import type { FrameworkData, PathwayData } from '../exchange/input.ts';
import { pathwayTitle } from '../exchange/input.ts';
import { urls } from '../urls.ts';

export interface CslItem {
	id: string;
	/** The BibTeX key, so that reference managers keep one entry per item. */
	'citation-key': string;
	type: 'report' | 'entry';
	title: string;
	author: { literal: string }[];
	publisher: string;
	version: string;
	URL: string;
	'container-title'?: string;
	language: 'en-GB';
}

/**
 * The organisations that author the framework, from its publisher line: "Frontline, in
 * collaboration with the Department for Education" is two organisations, cited as "Frontline and
 * Department for Education".
 */
export function authorsOf(publisher: string): { literal: string }[] {
	return publisher.split(/,?\s+(?:in collaboration with|with|and)\s+(?:the\s+)?/).map((literal) => ({ literal: literal.trim() })).filter((a) => a.literal);
}

/** A reference to anything in the framework, at `path` on the site. */
function reference(data: Pick<FrameworkData, 'about'>, site: URL, fields: Pick<CslItem, 'id' | 'type' | 'title' | 'container-title'> & { path: string }): CslItem {
	const { path, ...rest } = fields;
	return {
		...rest,
		'citation-key': rest.id,
		author: authorsOf(data.about.publisher),
		publisher: data.about.publisher,
		version: data.about.version,
		URL: new URL(path, site).href,
		language: 'en-GB',
	};
}

export const frameworkReference = (data: Pick<FrameworkData, 'about'>, site: URL) =>
	reference(data, site, { id: 'lcf', type: 'report', title: data.about.title, path: urls.home });

export const pathwayReference = (data: Pick<FrameworkData, 'about'>, pathway: PathwayData, site: URL) =>
	reference(data, site, { id: `lcf-${pathway.id}`, type: 'report', title: pathwayTitle(data, pathway), path: urls.pathway(pathway.id) });

/** A capability or sub-capability: part of the framework as a whole, shared by every pathway. */
export const partReference = (data: Pick<FrameworkData, 'about'>, part: { code: string; title: string }, path: string, site: URL) =>
	reference(data, site, { id: `lcf-${part.code}`, type: 'entry', title: `${part.code} ${part.title}`, 'container-title': data.about.title, path });

/** An attribute: part of its pathway's framework. */
export const attributeReference = (data: Pick<FrameworkData, 'about'>, pathway: PathwayData, attribute: { id: string; code: string; text: string; pathway: string }, site: URL) =>
	reference(data, site, {
		id: `lcf-${attribute.code}`, type: 'entry', title: `${attribute.code} ${attribute.text}`,
		'container-title': pathwayTitle(data, pathway), path: urls.attribute(attribute),
	});
