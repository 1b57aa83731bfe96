/**
 * What each of the planner's forms does when sent (`data-form` names it): check what was entered,
 * change the plans, and say what happened; a form that is not filled in shows GOV.UK's errors.
 */
import type { StoredPlan } from './merge.ts';
import { stamp } from './merge.ts';
import { importedCopy } from './imported-copy.ts';
import { addItem, defaultPlanName, newItem, now, type ItemFields } from './plans.ts';
import { done } from './changes.ts';
import type { Planner } from './planner-state.ts';
import { showErrors } from './error-summary.ts';
import { startPlan } from './storage.ts';
import { readPlanFile } from './transfer.ts';

/** A message from the markup with `{}` filled in. */
export const say = (message: string | undefined, name: string) => (message ?? '').replace('{}', name);

interface Sent {
	planner: Planner;
	form: HTMLFormElement;
	value: (name: string) => string;
	field: (selector: string) => HTMLInputElement;
	errors: (fields: HTMLElement[], message?: string) => void;
	/** Success: the form empties (before the plan is shown again), and says what happened; `started`: a plan was started or imported. */
	done: (name: string, focus: string, more?: string, message?: string, started?: boolean) => void;
}

/** An item's name in messages: its code and words, or a strategy's title. */
const named = (fields: ItemFields) => [fields['code'], fields['text']].filter(Boolean).join(' ');

function attribute({ planner }: Sent, id: string): ItemFields | undefined {
	const a = planner.catalogue.attributes.get(id);
	return a && { id: a.id, code: a.code, text: a.text, pathway: a.pathway };
}

function strategy({ planner }: Sent, key: string): ItemFields | undefined {
	const [resource, id] = key.split('/');
	const group = planner.catalogue.data.resources.find((r) => r.id === resource)?.groups.find((g) => g.strategies.some((s) => s.id === id));
	const found = group?.strategies.find((s) => s.id === id);
	return group && found && { kind: 'strategy', id, resource, group: group.id, groupTitle: group.title, text: found.title };
}

function add(sent: Sent, plan: StoredPlan, fields: ItemFields | undefined) {
	const select = sent.field('select');
	if (!fields) return sent.errors([select]);
	if (!addItem(plan, newItem(fields))) return sent.errors([select], say(sent.form.dataset['duplicate'], named(fields)));
	sent.done(named(fields), `#item-${plan.items.length - 1}-heading`);
}

const forms: Record<string, (sent: Sent, plan: StoredPlan | undefined) => void | Promise<void>> = {
	new(sent) {
		const { planner, value } = sent;
		if (!value('pathway')) return sent.errors([sent.field('[data-error]')]);
		const plan = startPlan(planner.store, value('pathway'), value('name') || defaultPlanName(planner.catalogue.pathwayShortLabel(value('pathway'))));
		planner.open(plan.id);
		sent.done(plan.name, '#plan-heading', '', undefined, true);
	},
	async import(sent) {
		const input = sent.field('[type=file]');
		const file = input.files?.[0];
		if (!file) return sent.errors([input]);
		const result = await readPlanFile(file);
		if (!result.success) return sent.errors([input], say(sent.form.dataset['failed'], result.error));
		const imported: StoredPlan = importedCopy(sent.planner.store.plans, result.data.plan);
		// Brought in now: a plan of the same id deleted earlier, here or in another tab, does not take it away.
		stamp(imported, 'imported');
		sent.planner.store.plans.push(imported);
		sent.planner.open(imported.id);
		sent.done(imported.name, '#plan-heading', result.from < 2 ? sent.form.dataset['upgraded'] : '', undefined, true);
	},
	rename(sent, plan) {
		if (!plan) return;
		if (!sent.value('name')) return sent.errors([sent.field('#plan-name')]);
		plan.name = sent.value('name');
		plan.updated = now();
		stamp(plan, 'name', plan.updated);
		sent.done(plan.name, '#plan-heading');
	},
	review(sent, plan) {
		const { form, value, field } = sent;
		const index = form.closest<HTMLElement>('[data-item]')!.dataset['item'];
		const item = plan?.items[Number(index)];
		if (!plan || !item) return;
		const missing = [...(/^\d{4}-\d\d-\d\d$/.test(value('date')) ? [] : [field('[name=date]')]), ...(value('effect') ? [] : [field('[name=effect]')])];
		if (missing.length) return sent.errors(missing);
		const review = { date: value('date'), effect: value('effect') };
		const editing = form.dataset['editing'];
		// A review being changed is replaced where it is; a new one goes at the end.
		item.reviews = editing ? item.reviews.map((r, i) => (i === Number(editing) ? review : r)) : [...item.reviews, review];
		plan.updated = now();
		stamp(item, 'reviews', plan.updated);
		sent.done('', `#item-${index}-reviews`, '', editing ? form.dataset['changed'] : undefined);
	},
	'add-attribute': (sent, plan) => plan && add(sent, plan, attribute(sent, sent.value('attribute'))),
	'add-strategy': (sent, plan) => plan && add(sent, plan, strategy(sent, sent.value('strategy'))),
};

/** Empties a form once what it sent is saved; a review form stops changing the review it was changing. */
export function reset(form: HTMLFormElement): void {
	form.reset();
	delete form.dataset['editing'];
	const button = form.querySelector<HTMLElement>('[data-label-add]');
	if (button) button.firstChild!.textContent = button.dataset['labelAdd']!;
}

/** Runs the form's action; the planner has cleared any errors shown before. */
export async function submit(planner: Planner, form: HTMLFormElement): Promise<void> {
	const data = new FormData(form);
	const sent: Sent = {
		planner,
		form,
		value: (name) => String(data.get(name) ?? '').trim(),
		field: (selector) => form.querySelector<HTMLInputElement>(selector)!,
		errors: (fields, message) => showErrors(planner.root, fields, message),
		done: (name, focus, more = '', message = form.dataset['done'], started = false) =>
			done(planner, say(message, name) + more, focus, () => {
				reset(form);
				// The new plan is shown below the forms that made it: they fold away, back to one line.
				if (started) planner.root.querySelector<HTMLDetailsElement>('[data-planner-start]')!.open = false;
			}),
	};
	await forms[form.dataset['form']!]?.(sent, planner.plan);
}
