/**
 * The planner's `<template>`s in the page, copied per item, and the parts of an item the screen and
 * the printout share.
 */
import type { PlanItem } from '../../../schemas/action-plan/index.ts';
import { formatDate } from '../../lib/format.ts';
import type { ItemNow } from './catalogue.ts';
import { html } from './html.ts';

/** `YYYY-MM-DD` of a moment in the reader's own time zone (en-CA writes dates that way). */
export const localDate = (moment: Date | string) => new Date(moment).toLocaleDateString('en-CA');
export const day = (moment: string) => formatDate(localDate(moment));
export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const slot = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;

// The templates, found once: looked up per item, each search walked every item already drawn before
// reaching them, so drawing a plan took time growing with the square of its items.
const templates = new WeakMap<ParentNode, Map<string, HTMLTemplateElement>>();
function template(root: ParentNode, name: string): HTMLTemplateElement {
	const found = templates.get(root) ?? new Map<string, HTMLTemplateElement>();
	templates.set(root, found);
	if (!found.has(name)) found.set(name, root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)!);
	return found.get(name)!;
}

/** A copy of a `<template>` for the item at `index`: its `_` in ids and names becomes the index. */
export function copy(root: ParentNode, name: string, index: number): DocumentFragment {
	const fragment = template(root, name).content.cloneNode(true) as DocumentFragment;
	for (const el of fragment.querySelectorAll('[id], [for], [name], [aria-describedby], [aria-labelledby]'))
		for (const attribute of ['id', 'for', 'name', 'aria-describedby', 'aria-labelledby']) {
			const value = el.getAttribute(attribute);
			if (value) el.setAttribute(attribute, value.replaceAll('_', String(index)));
		}
	return fragment;
}

const printedReview = '<strong data-slot="review-date"></strong>: <span data-slot="review-effect"></span>';

/** What the screen and the print share: heading, context, a word when the item is gone, reviews. */
export function common(root: ParentNode, fragment: DocumentFragment, item: PlanItem, shown: ItemNow, screen: boolean) {
	if (item.kind === 'strategy') for (const el of fragment.querySelectorAll('[data-attribute-only]')) el.remove();
	slot(fragment, 'title').innerHTML = html`${shown.code ? html`<span class="lcf-plan-item__code">${shown.code}</span> ` : ''}${
		screen && shown.href ? html`<a href="${shown.href}">${shown.title}</a>` : shown.title
	}`.value;
	slot(fragment, 'context').textContent = shown.context ? `${item.kind === 'strategy' ? 'Strategy: ' : ''}${shown.context}` : '';
	slot(fragment, 'gone').hidden = !shown.gone;
	slot(fragment, 'no-reviews').hidden = item.reviews.length > 0;
	slot(fragment, 'reviews').replaceChildren(
		...item.reviews.map((review, i) => {
			// On screen each review can be changed or deleted; printed, it is only what was written.
			const li = screen ? copy(root, 'review', i) : Object.assign(document.createElement('li'), { innerHTML: printedReview });
			slot(li, 'review-date').textContent = formatDate(review.date);
			slot(li, 'review-effect').textContent = review.effect;
			for (const el of li.querySelectorAll('[data-slot="review-name"]')) el.textContent = formatDate(review.date);
			for (const el of li.querySelectorAll<HTMLElement>('[data-review]')) el.dataset['review'] = String(i);
			return li;
		}),
	);
	slot(fragment, 'reviews').hidden = !item.reviews.length;
}

