/**
 * schema.org descriptions of the framework's pages, as JSON-LD: the framework and each pathway
 * are a `DefinedTermSet`; a capability or sub-capability is a `DefinedTerm` whose `termCode` is
 * its citation code, in the framework's set. Kept small: the pathway page has a byte budget.
 */
import { authorsOf } from './cite/references.ts';
import { pathwayTitle, type FrameworkData, type PathwayData } from './exchange/input.ts';
import { urls } from './urls.ts';

const context = 'https://schema.org';

/** The framework's set: on the pathway page only its name and address, for the page's byte budget. */
function frameworkSet(data: FrameworkData, site: URL, full = true) {
	return {
		'@type': 'DefinedTermSet',
		name: data.framework.title,
		url: new URL(urls.home, site).href,
		...(full ? { publisher: authorsOf(data.framework.publisher).map(({ literal }) => ({ '@type': 'Organization', name: literal })), version: data.framework.version } : {}),
	};
}

/** The pathway page: the pathway's attributes are a set within the framework's. */
export function pathwayLinkedData(data: FrameworkData, pathway: PathwayData, site: URL) {
	const url = new URL(urls.pathway(pathway.id), site).href;
	return { '@context': context, '@type': 'DefinedTermSet', name: pathwayTitle(data, pathway), url, isPartOf: frameworkSet(data, site, false) };
}

/** A capability's or sub-capability's page. */
export function termLinkedData(data: FrameworkData, term: { code: string; title: string; description: string }, path: string, site: URL) {
	const url = new URL(path, site).href;
	return { '@context': context, '@type': 'DefinedTerm', name: term.title, termCode: term.code, description: term.description, url, inDefinedTermSet: frameworkSet(data, site) };
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<` escaped so that no text in it can
 * close the script element.
 */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
