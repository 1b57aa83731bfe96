/**
 * What each of the planner's forms does when sent (`data-form` names the kind): checks what was
 * entered, changes the plans, and says what the reader sees next. One function per kind.
 */
import type { ActionPlan } from '../../../schemas/action-plan/index.ts';
import type { Catalogue } from './catalogue.ts';
import { fieldErrors, formDone, messages, say, type FormKind } from './messages.ts';
import { addItem, importedCopy, newItem, now, type ItemFields, type PlanStore } from './plans.ts';
import { startPlan } from './storage.ts';
import { readPlanFile } from './transfer.ts';

/** A form being sent, and the planner's state it may change. */
export interface Sent {
	form: HTMLFormElement;
	/** A field's value, trimmed. */
	value(name: string): string;
	store: PlanStore;
	/** The plan open in this tab. */
	plan: ActionPlan | undefined;
	catalogue: Catalogue;
	/** Opens a plan in this tab. */
	open(id: string): void;
}

/** Fields to mark, each with its error (the field's own unless given), or what was done and where focus goes. */
export type Outcome = { errors: { field: HTMLElement; words: string }[] } | { done: string; focus: string };

const field = (form: HTMLFormElement, name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const error = (form: HTMLFormElement, name: string, words = fieldErrors[name]!): Outcome => ({ errors: [{ field: field(form, name), words }] });

function attributeFields({ catalogue }: Sent, id: string): ItemFields | undefined {
	const a = catalogue.attributes.get(id);
	return a && { id: a.id, code: a.code, text: a.text, pathway: a.pathway };
}

function strategyFields({ catalogue }: Sent, key: string): ItemFields | undefined {
	const [resource, id] = key.split('/');
	const group = catalogue.data.resources.find((r) => r.id === resource)?.groups.find((g) => g.strategies.some((s) => s.id === id));
	const strategy = group?.strategies.find((s) => s.id === id);
	return group && strategy && { kind: 'strategy', id, resource, group: group.id, groupTitle: group.title, text: strategy.title };
}

/** Adds the chosen attribute or strategy to the open plan. */
function addTo(sent: Sent, name: 'attribute' | 'strategy', kind: FormKind): Outcome | undefined {
	const { plan, form } = sent;
	if (!plan) return undefined;
	const fields = name === 'attribute' ? attributeFields(sent, sent.value(name)) : strategyFields(sent, sent.value(name));
	if (!fields) return error(form, name);
	const label = fields['code'] ?? fields['text'] ?? '';
	if (!addItem(plan, newItem(fields))) return error(form, name, say(messages.alreadyOnPlan, label));
	return { done: say(formDone[kind], label), focus: `#item-${plan.items.length - 1}-heading` };
}

export const forms: Record<FormKind, (sent: Sent) => Outcome | undefined | Promise<Outcome | undefined>> = {
	new: (sent) => {
		if (!sent.value('pathway')) return error(sent.form, 'pathway');
		const plan = startPlan(sent.store, sent.value('pathway'), sent.value('name') || undefined);
		sent.open(plan.id);
		return { done: say(formDone.new, plan.name), focus: '#plan-heading' };
	},
	import: async (sent) => {
		const file = field(sent.form, 'file').files?.[0];
		if (!file) return error(sent.form, 'file');
		const result = await readPlanFile(file);
		if (!result.success) return error(sent.form, 'file', say(messages.importFailed, result.error));
		// A plan is never written over: a second copy of one already here comes in beside it, numbered.
		const imported = importedCopy(sent.store.plans, result.data.plan);
		sent.store.plans.push(imported);
		sent.open(imported.id);
		return { done: say(formDone.import, imported.name) + (result.from < 2 ? messages.upgraded : ''), focus: '#plan-heading' };
	},
	rename: ({ plan, form, value }) => {
		if (!plan) return undefined;
		if (!value('name')) return error(form, 'name');
		plan.name = value('name');
		plan.updated = now();
		return { done: formDone.rename, focus: '#plan-heading' };
	},
	review: ({ plan, form, value }) => {
		if (!plan) return undefined;
		const index = form.closest<HTMLElement>('[data-item]')!.dataset['item'];
		const missing = [...(/^\d{4}-\d\d-\d\d$/.test(value('date')) ? [] : ['date']), ...(value('effect') ? [] : ['effect'])];
		if (missing.length) return { errors: missing.map((name) => ({ field: field(form, name), words: fieldErrors[name]! })) };
		plan.items[Number(index)]!.reviews.push({ date: value('date'), effect: value('effect') });
		plan.updated = now();
		return { done: formDone.review, focus: `#item-${index}-reviews` };
	},
	'add-attribute': (sent) => addTo(sent, 'attribute', 'add-attribute'),
	'add-strategy': (sent) => addTo(sent, 'strategy', 'add-strategy'),
};
