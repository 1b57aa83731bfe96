/**
 * The promise to trainers: a link once published keeps working. `content/published-links.json`
 * records every published page and attribute fragment with its code; `checkPublishedLinks` says
 * which of them a built site breaks, and `npm run links:publish` records newly published ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PublishedLink {
	/** Path, with `#fragment` for an item on a page. */
	url: string;
	/** The citation code the item had when published; it must stay the item's. */
	code?: string;
	/** The id the item had when published. */
	id?: string;
}

export interface LinkItem {
	code: string;
	id: string;
	url: string;
	formerIds: string[];
}

export const registryFile = 'content/published-links.json';

/** The page a path is served from, following one moved-page notice; undefined if there is none. */
function servedPage(siteDir: string, pathname: string): { html: string; pathname: string } | undefined {
	const file = path.join(siteDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) return undefined;
	const html = readFileSync(file, 'utf8');
	const moved = html.match(/<meta http-equiv="refresh" content="0; url=([^"]+)"/)?.[1];
	return moved ? servedPage(siteDir, moved) : { html, pathname };
}

/** What each published link finds in the built site: a list of what is broken, empty if nothing. */
export function checkPublishedLinks(registry: PublishedLink[], siteDir: string, items: LinkItem[]): string[] {
	const problems: string[] = [];
	for (const link of registry) {
		const [pathname = '/', fragment] = link.url.split('#');
		const page = servedPage(siteDir, pathname);
		if (!page) {
			problems.push(`${link.url}: the page is gone and nothing redirects from it. Declare the old id in formerIds.`);
			continue;
		}
		if (fragment && !page.html.includes(`id="${fragment}"`))
			problems.push(`${link.url}: ${page.pathname} has no element with id "${fragment}". Declare the old id in formerIds.`);
		if (link.code) {
			const holder = items.find((item) => item.code === link.code);
			if (holder && holder.id !== link.id && !holder.formerIds.includes(link.id ?? ''))
				problems.push(`${link.url}: its code ${link.code} now belongs to ${holder.id}. A code is never reused.`);
			const item = items.find((i) => i.id === link.id || i.formerIds.includes(link.id ?? ''));
			if (item && item.code !== link.code) problems.push(`${link.url}: ${item.id} was published as ${link.code} but is now ${item.code}. Codes never change.`);
		}
	}
	return problems;
}

/** The registry with every page and item of the built site added (nothing is ever removed). */
export function withNewLinks(registry: PublishedLink[], pages: string[], items: LinkItem[]): PublishedLink[] {
	const known = new Set(registry.map((link) => link.url));
	// Items first, so a capability's page is recorded with its code.
	const fresh: PublishedLink[] = [
		...items.map(({ url, code, id }) => ({ url: new URL(url).pathname + new URL(url).hash, code, id })),
		...pages.map((url) => ({ url })),
	].filter((link) => !known.has(link.url) && known.add(link.url));
	return [...registry, ...fresh].sort((a, b) => a.url.localeCompare(b.url));
}
