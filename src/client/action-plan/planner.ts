/**
 * `<lcf-action-plan>`: the planner at /action-plan/. Shows the plans kept in this browser and the
 * open one as forms that save as you type; adds dated reviews; exports, imports and prints; deletes
 * only after a confirmation step in the page. Nothing it does leaves the browser. What its forms do
 * is in `forms.ts`, its words in `messages.ts`, its error summary in `error-summary.ts`.
 */
import type { PlannerData } from '../../lib/action-plan-data.ts';
import type { ActionPlan } from '../../../schemas/action-plan/index.ts';
import { Catalogue } from './catalogue.ts';
import { clearErrors, showErrors } from './error-summary.ts';
import { forms, type Sent } from './forms.ts';
import { confirmations, messages, say, type ConfirmAction, type FormKind } from './messages.ts';
import { itemKey, now } from './plans.ts';
import { openPlan, planList, printView } from './render.ts';
import { deleteAllData, readStore, storageKey, writeStore } from './storage.ts';
import { downloadPlan } from './transfer.ts';

/** The plan open in this tab, kept per tab so that two tabs can each have their own plan open. */
const openKey = `${storageKey}-open`;

class LcfActionPlan extends HTMLElement {
	#catalogue = new Catalogue(JSON.parse(document.getElementById('action-plan-data')!.textContent!) as PlannerData);
	#store = readStore();
	#current: string | null = sessionStorage.getItem(openKey) ?? this.#store.current;
	#title = document.title;
	#confirmed: (() => void) | undefined;
	#returnTo: HTMLElement | undefined;

	#part = (name: string) => this.querySelector<HTMLElement>(`[data-planner-${name}]`)!;
	#slot = (name: string) => this.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
	#notice = (text: string) => (this.#part('notice').textContent = text);

	get #plan(): ActionPlan | undefined {
		return this.#store.plans.find((p) => p.id === this.#current);
	}

	/** Opens a plan in this tab; "Add to my plan" then adds to it too (the store's current plan). */
	#open(id: string | null) {
		this.#current = this.#store.current = id;
		if (id) sessionStorage.setItem(openKey, id);
		else sessionStorage.removeItem(openKey);
	}

	connectedCallback() {
		document.querySelector<HTMLElement>('[data-planner-fallback]')!.hidden = true;
		this.#part('screen').hidden = false;
		this.addEventListener('click', (event) => this.#click(event));
		this.addEventListener('input', (event) => this.#edit(event));
		this.addEventListener('submit', (event) => void this.#submit(event));
		// Another tab changed the plans: show them, rather than keep a stale copy that the next save would write over them with.
		addEventListener('storage', (event) => {
			if (event.key && event.key !== storageKey) return;
			const focused = document.activeElement?.id;
			this.#store = readStore();
			this.#render();
			if (focused) document.getElementById(focused)?.focus();
		});
		this.#render();
	}

	#save() {
		try {
			writeStore(this.#store);
		} catch {
			this.#notice(messages.unsaved);
		}
	}

	#render() {
		const store = this.#store;
		if (!this.#plan) this.#current = [...store.plans].sort((a, b) => b.updated.localeCompare(a.updated))[0]?.id ?? null;
		if (store.plans.map((plan) => this.#catalogue.follow(plan)).includes(true)) this.#save();
		this.#part('plans').innerHTML = planList(store, this.#current, this.#catalogue);
		const plan = this.#plan;
		this.#part('plan').hidden = this.#part('print').hidden = !plan;
		if (plan) openPlan(this, plan, this.#catalogue);
	}

	/** After a change: saves it, shows the result, says what happened, and puts focus where the reader carries on. */
	#done(message: string, focus: string) {
		this.#save();
		this.#render();
		this.#notice(message);
		this.querySelector<HTMLElement>(focus)?.focus();
	}

	/** Saves a field of an item as it is typed or chosen. */
	#edit(event: Event) {
		const field = event.target as HTMLInputElement;
		const name = field.dataset['field'];
		const index = field.closest<HTMLElement>('[data-item]')?.dataset['item'];
		const plan = this.#plan;
		if (!plan || !name || !index || (field.type === 'radio' && !field.checked)) return;
		Object.assign(plan.items[Number(index)]!, { [name]: field.value });
		plan.updated = now();
		// The last message has been read by now: clear it, so that it no longer covers the page (a failure to save says so again).
		this.#notice('');
		this.#save();
		printView(this, plan, this.#catalogue);
	}

	#click(event: MouseEvent) {
		const target = event.target as Element;
		const link = target.closest<HTMLAnchorElement>('[data-planner-error-list] a');
		// GOV.UK error summary: the link moves focus to the field itself.
		if (link) return (event.preventDefault(), document.getElementById(link.hash.slice(1))?.focus());
		const button = target.closest<HTMLButtonElement>('button[data-action]');
		const action = button?.dataset['action'];
		const plan = this.#plan;
		if (!button || !action) return;
		if (action === 'confirm' || action === 'cancel') return this.#closeConfirm(action === 'confirm');
		this.#notice('');
		if (action === 'open') {
			this.#open(button.dataset['plan']!);
			this.#done('', '#plan-heading');
		} else if (action === 'print') print();
		else if (action === 'export' && plan) {
			downloadPlan(plan);
			this.#notice(say(messages.exported, plan.name));
		} else if (action in confirmations) this.#delete(button, action as ConfirmAction, plan);
	}

	/** Deletes a plan, an item or everything, after asking. */
	#delete(button: HTMLButtonElement, action: ConfirmAction, plan: ActionPlan | undefined) {
		const item = plan?.items[Number(button.closest<HTMLElement>('[data-item]')?.dataset['item'])];
		const shown = item && this.#catalogue.now(item);
		const name = shown ? [shown.code, shown.title].filter(Boolean).join(' ') : (plan?.name ?? '');
		const [planId, key] = [plan?.id, item && itemKey(item)];
		this.#confirm(button, action, name, () => {
			// Another tab may have saved since the question was asked: act on the plans as stored now.
			this.#store = readStore();
			const target = this.#store.plans.find((p) => p.id === planId);
			if (action === 'delete-all') {
				deleteAllData();
				sessionStorage.removeItem(openKey);
				this.#store = readStore();
			} else if (action === 'remove-item' && key && target) {
				target.items = target.items.filter((i) => itemKey(i) !== key);
				target.updated = now();
			} else this.#store.plans = this.#store.plans.filter((p) => p.id !== planId);
			this.#done(say(confirmations[action].done, name), button.dataset['focus']!);
			// Deleting all leaves nothing behind: not even an empty list of plans.
			if (action === 'delete-all') deleteAllData();
		});
	}

	/** The confirmation step: the question in the page with "Yes" and "No, go back"; nothing is deleted before "Yes". */
	#confirm(from: HTMLElement, action: ConfirmAction, name: string, then: () => void) {
		this.#returnTo = from;
		this.#confirmed = then;
		for (const part of ['question', 'detail', 'yes'] as const) this.#slot(`confirm-${part}`).textContent = say(confirmations[action][part], name);
		this.#part('screen').hidden = true;
		this.#part('confirm').hidden = false;
		this.#slot('confirm-question').focus();
	}

	#closeConfirm(confirmed: boolean) {
		const then = this.#confirmed;
		this.#confirmed = undefined;
		this.#part('confirm').hidden = true;
		this.#part('screen').hidden = false;
		if (confirmed) then?.();
		else this.#returnTo?.focus();
	}

	async #submit(event: SubmitEvent) {
		const form = event.target as HTMLFormElement;
		event.preventDefault();
		document.title = this.#title;
		clearErrors(this, this.#part('errors'));
		this.#notice('');
		const data = new FormData(form);
		const sent: Sent = {
			form,
			value: (name) => String(data.get(name) ?? '').trim(),
			store: this.#store,
			plan: this.#plan,
			catalogue: this.#catalogue,
			open: (id) => this.#open(id),
		};
		const outcome = await forms[form.dataset['form'] as FormKind]?.(sent);
		if (!outcome) return;
		if ('errors' in outcome) {
			document.title = `${messages.errorPrefix} ${this.#title}`;
			return showErrors(this.#part('errors'), this.#part('error-list'), outcome.errors);
		}
		// Success: the form empties (before the plan is shown again), and says what happened.
		form.reset();
		this.#done(outcome.done, outcome.focus);
	}
}

customElements.define('lcf-action-plan', LcfActionPlan);
