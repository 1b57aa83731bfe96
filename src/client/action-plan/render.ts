/**
 * Fills the planner's markup, which `/action-plan/` renders (labels, hints and `<template>`s),
 * with the open plan: its forms and its items (its printable view: `print-view.ts`).
 */
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan/index.ts';
import type { Catalogue } from './catalogue.ts';
import { html } from './html.ts';
import { itemKey } from './plans.ts';
import { common, copy, count, day, localDate, slot } from './templates.ts';

function item(root: ParentNode, entry: PlanItem, index: number, catalogue: Catalogue) {
	const fragment = copy(root, 'item', index);
	const shown = catalogue.now(entry);
	common(root, fragment, entry, shown, true);
	Object.assign(fragment.querySelector('li')!.dataset, { item: String(index), key: itemKey(entry) });
	// Its controls name it in words: a code alone says nothing to most people (#17).
	for (const el of fragment.querySelectorAll<HTMLElement>('[data-slot="name"]')) el.textContent = shown.title;
	for (const el of fragment.querySelectorAll<HTMLElement>('[data-label]')) el.setAttribute('aria-label', el.dataset['label']!.replace('{}', shown.title));
	for (const field of fragment.querySelectorAll<HTMLInputElement>('[data-field]')) {
		const value = (entry as Record<string, unknown>)[field.dataset['field']!];
		if (field.type === 'radio') field.checked = value === field.value;
		else field.value = String(value ?? '');
	}
	fragment.querySelector<HTMLInputElement>('input[type=date]')!.value = localDate(new Date());
	return fragment;
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
	const attributes = catalogue.byPathway.get(plan.pathway) ?? [];
	const groups = [...new Set(attributes.map((a) => `${a.capability}: ${a.subCapability}`))];
	return html`<option value="">Choose an attribute</option>${groups.map(
		(group) =>
			html`<optgroup label="${group}">${attributes
				.filter((a) => `${a.capability}: ${a.subCapability}` === group)
				.map((a) => html`<option value="${a.id}">${a.code} ${a.text}</option>`)}</optgroup>`,
	)}`.value;
}

/** Shows the whole statement of the attribute chosen in the list to add, which the closed list cuts. */
export function showChosen(root: HTMLElement, catalogue: Catalogue) {
	const chosen = catalogue.attributes.get(root.querySelector<HTMLSelectElement>('#add-attribute')!.value);
	slot(root, 'chosen-attribute').textContent = chosen ? `${chosen.code} ${chosen.text}` : '';
	slot(root, 'chosen-attribute').hidden = !chosen;
}

/** Fills the open plan's section and its printable view. */
export function openPlan(root: HTMLElement, plan: ActionPlan, catalogue: Catalogue) {
	const meta = `${catalogue.pathway(plan.pathway)} · started ${day(plan.created)} · last changed ${day(plan.updated)}`;
	slot(root, 'plan-name').textContent = plan.name;
	slot(root, 'plan-meta').textContent = meta;
	slot(root, 'plan-pathway').textContent = catalogue.pathway(plan.pathway);
	// A new name being typed (not yet sent) is kept when the plan is drawn again, as when another tab saves.
	const rename = root.querySelector<HTMLInputElement>('#plan-name')!;
	if (rename.value === rename.dataset['shown'] || rename.dataset['plan'] !== plan.id) rename.value = plan.name;
	Object.assign(rename.dataset, { shown: plan.name, plan: plan.id });
	const select = root.querySelector<HTMLSelectElement>('#add-attribute')!;
	// A plan for a pathway this site no longer has: its items stay, but there is nothing to add.
	select.closest('form')!.hidden = !catalogue.byPathway.get(plan.pathway)?.length;
	if (select.dataset['pathway'] !== plan.pathway) {
		select.innerHTML = attributeOptions(plan, catalogue);
		select.dataset['pathway'] = plan.pathway;
	}
	showChosen(root, catalogue);
	slot(root, 'plan-over-to-you').innerHTML = html`${overToYou(plan, catalogue)}`.value;
	slot(root, 'plan-count').textContent = `On your plan: ${count(plan.items.length, 'item')}`;
	slot(root, 'plan-empty').hidden = plan.items.length > 0;
	// Reviews being written or changed are not saved until sent: keep them when the items are drawn again.
	const drafts = new Map<string, [string, string, string | undefined]>();
	for (const li of slot(root, 'plan-items').querySelectorAll<HTMLElement>('[data-key]')) {
		const form = li.querySelector<HTMLFormElement>('[data-form="review"]')!;
		const [date, effect] = ['date', 'effect'].map((name) => form.querySelector<HTMLInputElement>(`[name=${name}]`)!.value);
		if (effect!.trim()) drafts.set(li.dataset['key']!, [date!, effect!, form.dataset['editing']]);
	}
	slot(root, 'plan-items').replaceChildren(...plan.items.map((entry, i) => item(root, entry, i, catalogue)));
	for (const li of slot(root, 'plan-items').querySelectorAll<HTMLElement>('[data-key]')) {
		const draft = drafts.get(li.dataset['key']!);
		if (!draft) continue;
		const form = li.querySelector<HTMLFormElement>('[data-form="review"]')!;
		['date', 'effect'].forEach((name, i) => (form.querySelector<HTMLInputElement>(`[name=${name}]`)!.value = draft[i]!));
		if (draft[2] === undefined) continue;
		form.dataset['editing'] = draft[2];
		const submit = form.querySelector<HTMLElement>('[data-label-change]')!;
		submit.firstChild!.textContent = submit.dataset['labelChange']!;
	}
}

