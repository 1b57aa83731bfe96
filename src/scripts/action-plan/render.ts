/**
 * Fills the planner's markup, which `/action-plan/` renders (labels, hints and `<template>`s),
 * with a plan: the list of plans, the open plan's forms and its printable view.
 */
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan.ts';
import { formatDate } from '../../lib/format.ts';
import type { Catalogue, ItemNow } from './catalogue.ts';
import { html } from './html.ts';
import { itemKey, type PlanStore } from './storage.ts';

const levelLabels: Record<string, string> = { 'not-yet': 'Not yet', developing: 'Developing', confident: 'Confident' };
/** `YYYY-MM-DD` of a moment in the reader's own time zone (en-CA writes dates that way). */
const localDate = (moment: Date | string) => new Date(moment).toLocaleDateString('en-CA');
const day = (moment: string) => formatDate(localDate(moment));
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const slot = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;

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
function copy(root: ParentNode, name: string, index: number): DocumentFragment {
	const fragment = template(root, name).content.cloneNode(true) as DocumentFragment;
	for (const el of fragment.querySelectorAll('[id], [for], [name], [aria-describedby], [aria-labelledby]'))
		for (const attribute of ['id', 'for', 'name', 'aria-describedby', 'aria-labelledby']) {
			const value = el.getAttribute(attribute);
			if (value) el.setAttribute(attribute, value.replaceAll('_', String(index)));
		}
	return fragment;
}

/** What the screen and the print share: heading, context, a word when the item is gone, reviews. */
function common(fragment: DocumentFragment, item: PlanItem, shown: ItemNow, link: boolean) {
	if (item.kind === 'strategy') for (const el of fragment.querySelectorAll('[data-attribute-only]')) el.remove();
	slot(fragment, 'title').innerHTML = html`${shown.code ? html`<span class="lcf-plan-item__code">${shown.code}</span> ` : ''}${
		link && shown.href ? html`<a href="${shown.href}">${shown.title}</a>` : shown.title
	}`.value;
	slot(fragment, 'context').textContent = shown.context ? `${item.kind === 'strategy' ? 'Strategy: ' : ''}${shown.context}` : '';
	slot(fragment, 'gone').hidden = !shown.gone;
	slot(fragment, 'no-reviews').hidden = item.reviews.length > 0;
	slot(fragment, 'reviews').innerHTML = html`${item.reviews.map((r) => html`<li><strong>${formatDate(r.date)}</strong>: ${r.effect}</li>`)}`.value;
	slot(fragment, 'reviews').hidden = !item.reviews.length;
}

function item(root: ParentNode, entry: PlanItem, index: number, catalogue: Catalogue) {
	const fragment = copy(root, 'item', index);
	const shown = catalogue.now(entry);
	common(fragment, entry, shown, true);
	Object.assign(fragment.querySelector('li')!.dataset, { item: String(index), key: itemKey(entry) });
	for (const el of fragment.querySelectorAll<HTMLElement>('[data-slot="name"]')) el.textContent = shown.code ?? shown.title;
	for (const field of fragment.querySelectorAll<HTMLInputElement>('[data-field]')) {
		const value = (entry as Record<string, unknown>)[field.dataset['field']!];
		if (field.type === 'radio') field.checked = value === field.value;
		else field.value = String(value ?? '');
	}
	fragment.querySelector<HTMLInputElement>('input[type=date]')!.value = localDate(new Date());
	return fragment;
}

function printItem(root: ParentNode, entry: PlanItem, index: number, catalogue: Catalogue) {
	const fragment = copy(root, 'print-item', index);
	common(fragment, entry, catalogue.now(entry), false);
	for (const el of fragment.querySelectorAll<HTMLElement>('[data-print]')) {
		const name = el.dataset['print']!;
		const value = String((entry as Record<string, unknown>)[name] ?? '').trim();
		el.textContent = (name === 'level' ? levelLabels[value] : value) || 'Not written yet';
		el.classList.toggle('lcf-hint', !value);
	}
	return fragment;
}

export function planList(store: PlanStore, current: string | null, catalogue: Catalogue): string {
	if (!store.plans.length) return html`<p>You have no plans in this browser yet. Start one below, or import a plan you exported.</p>`.value;
	return html`<ul class="lcf-plan-list">${store.plans.map(
		(plan) => html`<li class="lcf-plan-list__item">
			<span class="lcf-plan-list__name">${plan.name}</span>
			<span class="lcf-hint">${catalogue.pathway(plan.pathway)} · ${count(plan.items.length, 'item')} · last changed ${day(plan.updated)}</span>
			${plan.id === current
				? html`<strong>Shown below</strong>`
				: html`<button class="lcf-button" type="button" data-action="open" data-plan="${plan.id}">Open<span class="lcf-visually-hidden"> ${plan.name}</span></button>`}
		</li>`,
	)}</ul>`.value;
}

/** For each resource the plan has strategies from: how many of its sections it has one from. */
function overToYou(plan: ActionPlan, catalogue: Catalogue) {
	return catalogue.data.resources.map((resource) => {
		// Only strategies the resource still has: one it has dropped no longer stands for its section.
		const still = (id: string) => resource.groups.some((g) => g.strategies.some((s) => s.id === id));
		const chosen = new Set(plan.items.flatMap((i) => (i.kind === 'strategy' && i.resource === resource.id && still(i.id) ? [i.group] : [])));
		const missing = resource.groups.filter((g) => !chosen.has(g.id)).map((g) => g.title);
		return chosen.size
			? html`<p class="lcf-inset">From <a href="${resource.url}">${resource.title}</a> you have strategies from ${chosen.size} of its ${resource.groups.length} sections.
				${missing.length ? `Still to choose one from: ${missing.join('; ')}.` : 'You have one from each section.'}</p>`
			: '';
	});
}

/** The options of the attribute list: the plan's pathway's attributes, by sub-capability. */
function attributeOptions(plan: ActionPlan, catalogue: Catalogue) {
	const attributes = catalogue.data.attributes.filter((a) => a.pathway === plan.pathway);
	const groups = [...new Set(attributes.map((a) => `${a.capability}: ${a.subCapability}`))];
	return html`<option value="">Choose an attribute</option>${groups.map(
		(group) =>
			html`<optgroup label="${group}">${attributes
				.filter((a) => `${a.capability}: ${a.subCapability}` === group)
				.map((a) => html`<option value="${a.id}">${a.code} ${a.text}</option>`)}</optgroup>`,
	)}`.value;
}

/** Fills the open plan's section and its printable view. */
export function openPlan(root: HTMLElement, plan: ActionPlan, catalogue: Catalogue) {
	const meta = `${catalogue.pathway(plan.pathway)} · started ${day(plan.created)} · last changed ${day(plan.updated)}`;
	slot(root, 'plan-name').textContent = plan.name;
	slot(root, 'plan-meta').textContent = meta;
	slot(root, 'plan-pathway').textContent = catalogue.pathway(plan.pathway);
	root.querySelector<HTMLInputElement>('#plan-name')!.value = plan.name;
	const select = root.querySelector<HTMLSelectElement>('#add-attribute')!;
	// A plan for a pathway this site no longer has: its items stay, but there is nothing to add.
	select.closest('form')!.hidden = !catalogue.data.attributes.some((a) => a.pathway === plan.pathway);
	if (select.dataset['pathway'] !== plan.pathway) {
		select.innerHTML = attributeOptions(plan, catalogue);
		select.dataset['pathway'] = plan.pathway;
	}
	slot(root, 'plan-over-to-you').innerHTML = html`${overToYou(plan, catalogue)}`.value;
	slot(root, 'plan-count').textContent = `On your plan: ${count(plan.items.length, 'item')}`;
	slot(root, 'plan-empty').hidden = plan.items.length > 0;
	// Reviews being written are not saved until added: keep them when the items are drawn again.
	const drafts = new Map<string, [string, string]>();
	for (const li of slot(root, 'plan-items').querySelectorAll<HTMLElement>('[data-key]')) {
		const [date, effect] = ['date', 'effect'].map((name) => li.querySelector<HTMLInputElement>(`[name=${name}]`)!.value);
		if (effect!.trim()) drafts.set(li.dataset['key']!, [date!, effect!]);
	}
	slot(root, 'plan-items').replaceChildren(...plan.items.map((entry, i) => item(root, entry, i, catalogue)));
	for (const li of slot(root, 'plan-items').querySelectorAll<HTMLElement>('[data-key]')) {
		const draft = drafts.get(li.dataset['key']!);
		if (draft) ['date', 'effect'].forEach((name, i) => (li.querySelector<HTMLInputElement>(`[name=${name}]`)!.value = draft[i]!));
	}
	printView(root, plan, catalogue);
}

/** Fills the printable view: what prints, for supervision, instead of the forms. */
export function printView(root: HTMLElement, plan: ActionPlan, catalogue: Catalogue) {
	slot(root, 'print-name').textContent = plan.name;
	slot(root, 'print-meta').textContent = `${catalogue.pathway(plan.pathway)}. Started ${day(plan.created)}; last changed ${day(plan.updated)}.`;
	slot(root, 'print-empty').hidden = plan.items.length > 0;
	slot(root, 'print-items').replaceChildren(...plan.items.map((entry, i) => printItem(root, entry, i, catalogue)));
}
