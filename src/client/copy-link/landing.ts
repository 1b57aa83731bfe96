/**
 * A permanent link to an attribute lands with its sub-capability and capability in view, not the
 * statement alone at the top edge: the page is scrolled to the capability's name above the
 * sub-capability's heading when the whole attribute then shows below it; else the attribute wins,
 * whole (its code and buttons too), with as much of its context above it as fits.
 */

/**
 * Where to scroll (document y) so that the context above (`contextTop`) and the item
 * (`itemTop`–`itemBottom`) show on a `viewport`-high screen: the context at the top when the whole
 * item then shows below it, else the item whole, as low as it can sit (its top, if it is taller
 * than the screen).
 */
export function landingTop(contextTop: number, itemTop: number, itemBottom: number, viewport: number): number {
	const gap = 16;
	if (itemBottom - contextTop + 2 * gap <= viewport) return contextTop - gap;
	return Math.min(itemTop - gap, itemBottom + gap - viewport);
}

/** Scrolls to the attribute the address's #fragment names (its own id or a former one), with its context. */
export function landWithContext() {
	const id = decodeURIComponent(location.hash.slice(1));
	const attribute = id ? document.getElementById(id)?.closest<HTMLElement>('.lcf-attribute') : undefined;
	const context = attribute?.closest('.lcf-subcapability')?.querySelector<HTMLElement>('.lcf-subcapability__capability, h2, h3');
	if (!attribute || !context) return;
	const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
	const item = attribute.getBoundingClientRect();
	window.scrollTo({ top: landingTop(top(context), item.top + window.scrollY, item.bottom + window.scrollY, window.innerHeight), behavior: 'instant' });
}
