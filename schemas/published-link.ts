/**
 * One entry of `published-links.json`, the registry of every page and item address the site has
 * published (written by `npm run links:publish`). The check reads it and the build enforces it;
 * both take the type from here.
 */
export interface PublishedLink {
	/** Path, with `#fragment` for an item on a page. */
	url: string;
	/**
	 * The citation code the item had when published; it must stay the item's (its code, or one of its
	 * formerCodes). An attribute published with more than one code (it moved) has an entry for each.
	 */
	code?: string;
	/** The id the item had when published. */
	id?: string;
}
