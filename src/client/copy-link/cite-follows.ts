/**
 * The pathway page's "Cite this pathway or one of its attributes" (`a[data-cite-follows]`) follows
 * the item the address's #fragment names: opened at an attribute, it leads to that attribute's
 * reference on the cite page; at a capability or sub-capability, to its heading there. Without
 * JavaScript, or at no item, it leads to the pathway's references.
 */
import { citeUrls } from '../../lib/cite/urls.ts';

const cite = document.querySelector<HTMLAnchorElement>('a[data-cite-follows]');
const pathwayReferences = cite?.getAttribute('href');

export function followCite() {
	if (!cite || !pathwayReferences) return;
	const id = decodeURIComponent(location.hash.slice(1));
	// A former id is an empty span inside its item: the item's own id is the one the cite page has.
	const item = id ? document.getElementById(id)?.closest<HTMLElement>('[data-areas], [data-filter-part]') : null;
	const fragment = !item ? '' : `#${item.hasAttribute('data-areas') ? item.id : citeUrls.partHeading(item.id)}`;
	cite.setAttribute('href', `${pathwayReferences}${fragment}`);
}
