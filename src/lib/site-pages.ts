/** Pages about the site itself (`content/pages/`), in footer order. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SitePageEntry = CollectionEntry<'sitePages'>;

let pages: Promise<SitePageEntry[]> | undefined;

export function getSitePages(): Promise<SitePageEntry[]> {
	pages ??= getCollection('sitePages').then((list) => list.sort((a, b) => a.data.order - b.data.order));
	return pages;
}
