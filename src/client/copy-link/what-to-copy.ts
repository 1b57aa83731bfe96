/**
 * What "Copy link" puts on the clipboard, worked out without the page: the address (on the
 * published site, or where the page is served from when the site was built without SITE_URL) and
 * the words that label it as HTML.
 */

/** The most words of a statement a copied link's label quotes before it shortens it with "…". */
export const labelWords = 10;

/** A statement's first words, shortened with "…" only when it has more than `labelWords`. */
export function shortWords(text: string, max = labelWords): string {
	const words = text.trim().split(/\s+/);
	return words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ').replace(/[.,;:]$/, '')}…`;
}

/**
 * The origin copied links use: the canonical one, unless it is the placeholder the site is built
 * with when no SITE_URL was given (an `.example` name, which RFC 2606 reserves for examples): then
 * the one the page is served from, so that a link copied from a local preview works there.
 */
export function copyOrigin(canonical: string | undefined, here: string): string {
	const url = new URL(canonical ?? here);
	return url.hostname.endsWith('.example') ? new URL(here).origin : url.origin;
}

export interface Copied {
	code: string;
	/** An attribute's statement. */
	words?: string | null | undefined;
	/** The pathway's short label, e.g. "Pathway 3", for an attribute. */
	pathway?: string | null | undefined;
	/** The framework's title, as the references give it: "Leadership Capability Framework". */
	framework: string;
}

/**
 * The label of the copied HTML link: "P3-CL1.1 Ensures accountability…, Pathway 3, Leadership
 * Capability Framework" (a statement's own full stop dropped: a comma follows it).
 */
export function copiedLabel({ code, words, pathway, framework }: Copied): string {
	const first = words ? `${code} ${shortWords(words).replace(/\.$/, '')}` : code;
	return [first, pathway, framework].filter(Boolean).join(', ');
}

/** The HTML flavour: a link labelled with code and words, escaped. */
export function copiedHtml(address: string, label: string): string {
	const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return `<a href="${escape(address)}">${escape(label)}</a>`;
}
