/** Fills the printable view of the open plan: what prints, for supervision, instead of the forms. */
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan/index.ts';
import type { Catalogue } from './catalogue.ts';
import { common, copy, day, slot } from './templates.ts';

const levelLabels: Record<string, string> = { 'not-yet': 'Not yet', developing: 'Developing', confident: 'Confident' };
function printItem(root: ParentNode, entry: PlanItem, index: number, catalogue: Catalogue) {
	const fragment = copy(root, 'print-item', index);
	common(root, fragment, entry, catalogue.now(entry), false);
	for (const el of fragment.querySelectorAll<HTMLElement>('[data-print]')) {
		const name = el.dataset['print']!;
		const value = String((entry as Record<string, unknown>)[name] ?? '').trim();
		el.textContent = name === 'level' ? (levelLabels[value] ?? '') : value;
		// Nothing written yet: lines to write on in supervision (a level: the levels to tick, below it).
		el.classList.toggle('lcf-plan-print__lines', !value && name !== 'level');
	}
	slot(fragment, 'notes-for').textContent = slot(fragment, 'title').textContent;
	const choices = fragment.querySelector<HTMLElement>('[data-slot="level-choices"]');
	if (choices) choices.hidden = Boolean(entry.kind === 'attribute' && levelLabels[entry.level ?? '']);
	return fragment;
}

export function printView(root: HTMLElement, plan: ActionPlan, catalogue: Catalogue) {
	slot(root, 'print-name').textContent = plan.name;
	slot(root, 'print-meta').textContent = `${catalogue.pathway(plan.pathway)}. Started ${day(plan.created)}; last changed ${day(plan.updated)}.`;
	slot(root, 'print-empty').hidden = plan.items.length > 0;
	const items = plan.items.map((entry, i) => printItem(root, entry, i, catalogue));
	// The plan's contents: each item's title, in order, before the items.
	slot(root, 'print-contents-heading').hidden = items.length === 0;
	slot(root, 'print-contents').replaceChildren(...items.map((item) => Object.assign(document.createElement('li'), { textContent: item.querySelector('[data-slot="title"]')!.textContent })));
	slot(root, 'print-items').replaceChildren(...items);
}
