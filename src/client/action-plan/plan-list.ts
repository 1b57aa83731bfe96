/** The list of the plans in this browser, each with its pathway, size and when it last changed. */
import { itemLimit, reviewLimit } from '../../../schemas/action-plan/format.ts';
import type { Catalogue } from './catalogue.ts';
import { html } from './html.ts';
import { fitsLimits, type PlanStore } from './plans.ts';
import { count, day } from './templates.ts';

/**
 * `ask` is the plan view's "Delete this plan" button, whose question a plan too large to open
 * (stored beyond the limits, see `fitsLimits`) borrows: it can only be deleted, and says why.
 */
export function planList(store: PlanStore, current: string | null, catalogue: Catalogue, ask: DOMStringMap): string {
	if (!store.plans.length) return html`<p>You have no plans in this browser yet. Start one below, or import a plan you saved as a file.</p>`.value;
	return html`<ul class="lcf-plan-list">${store.plans.map(
		(plan) => html`<li class="lcf-plan-list__item">
			<span class="lcf-plan-list__name">${plan.name}</span>
			<span class="lcf-hint">${catalogue.pathway(plan.pathway)} · ${count(plan.items.length, 'item')} · last changed ${day(plan.updated)}</span>
			${!fitsLimits(plan)
				? html`<span class="lcf-plan-list__refused">This plan is too large to open here: a plan can hold up to ${itemLimit} items, each with up to ${reviewLimit} reviews.
					It may have been changed outside this planner. You can delete it.</span>
					<button class="lcf-button lcf-button--warning" type="button" data-action="delete-plan" data-plan="${plan.id}" data-question="${ask['question']}"
						data-detail="${ask['detail']}" data-yes="${ask['yes']}" data-done="${ask['done']}" data-focus="${ask['focus']}">Delete<span class="lcf-visually-hidden"> ${plan.name}</span></button>`
				: plan.id === current
					? html`<a href="#plan-heading">Shown below</a>`
					: html`<button class="lcf-button" type="button" data-action="open" data-plan="${plan.id}">Open<span class="lcf-visually-hidden"> ${plan.name}</span></button>`}
		</li>`,
	)}</ul>`.value;
}
