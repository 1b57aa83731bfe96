/**
 * schema.org descriptions of the framework's pages, as JSON-LD: a capability or sub-capability is
 * a `DefinedTerm` whose `termCode` is its citation code, in the framework's `DefinedTermSet`; a
 * pathway's page is a `DefinedTermSet` of its own, part of the framework's (kept short: the pathway
 * page's HTML budget is tight, and its attributes are in the page itself).
 */
import { authorsOf } from './cite/references.ts';
import type { FrameworkData } from './exchange/input.ts';
import { urls } from './urls.ts';

const context = 'https://schema.org';

/**
 * The framework as a whole: its authors are those the site cites it as by (framework.yaml; the
 * site's judgement, which /cite/ states, as the framework's documents name none). No publisher
 * and no version: the sources give neither (the site's content version is not the framework's).
 */
function frameworkSet(data: Pick<FrameworkData, 'about'>, site: URL) {
	return {
		'@type': 'DefinedTermSet',
		name: data.about.title,
		url: new URL(urls.home, site).href,
		author: authorsOf(data.about.publisher).map(({ literal }) => ({ '@type': 'Organization', name: literal })),
	};
}

/** A capability's or sub-capability's page. */
export function termLinkedData(data: Pick<FrameworkData, 'about'>, term: { code: string; title: string; description: string }, path: string, site: URL) {
	const url = new URL(path, site).href;
	return { '@context': context, '@type': 'DefinedTerm', name: term.title, termCode: term.code, description: term.description, url, inDefinedTermSet: frameworkSet(data, site) };
}

/** A pathway's page: its own set of terms, part of the framework's. */
export function pathwayLinkedData(data: Pick<FrameworkData, 'about'>, pathway: { label: string }, path: string, site: URL) {
	return { '@context': context, '@type': 'DefinedTermSet', name: pathway.label, url: new URL(path, site).href, isPartOf: frameworkSet(data, site) };
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<` escaped so that no text in it can
 * close the script element.
 */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
