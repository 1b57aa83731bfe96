/**
 * `<lcf-action-plan>`: the planner at /action-plan/. Shows the plans kept in this browser and the
 * open one as forms that save as you type; adds dated reviews; exports, imports and prints; deletes
 * only after a confirmation step in the page. Nothing it does leaves the browser. Its words are in
 * the page's markup (`data-done`, `data-error`, …), so this script stays small.
 */
import type { PlannerData } from '../../lib/action-plan-data.ts';
import type { ActionPlan } from '../../../schemas/action-plan.ts';
import { Catalogue } from './catalogue.ts';
import { html } from './html.ts';
import { openPlan, planList, printView } from './render.ts';
import { addItem, deleteAllData, itemKey, newItem, newPlanId, now, readStore, startPlan, storageKey, writeStore } from './storage.ts';
import { downloadPlan, readPlanFile } from './transfer.ts';

type Fields = Record<string, string | undefined>;
/** A message from the markup with `{}` filled in. */
const say = (message: string | undefined, name: string) => (message ?? '').replace('{}', name);
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

	/** Saves the plans; when the browser refuses (its storage full), says so and returns false. */
	#save(): boolean {
		try {
			writeStore(this.#store);
			return true;
		} catch {
			this.#notice(this.dataset['unsaved']!);
			return false;
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

	/**
	 * After a change: saves it, shows the result, says what happened, and puts focus where the reader
	 * carries on. `saved` runs only if the save worked: a failed save says so, and leaves what was typed.
	 */
	#done(message: string, focus: string, saved?: () => void) {
		const ok = this.#save();
		if (ok) saved?.();
		this.#render();
		this.#notice(ok ? message : this.dataset['unsaved']!);
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
		const link = target.closest<HTMLAnchorElement>('.lcf-error-summary a');
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
			this.#notice(say(button.dataset['done'], plan.name));
		} else {
			const item = plan?.items[Number(button.closest<HTMLElement>('[data-item]')?.dataset['item'])];
			const shown = item && this.#catalogue.now(item);
			const name = shown ? [shown.code, shown.title].filter(Boolean).join(' ') : (plan?.name ?? '');
			const [planId, key] = [plan?.id, item && itemKey(item)];
			this.#confirm(button, name, () => {
				// Another tab may have saved since the question was asked: act on the plans as stored now.
				this.#store = readStore();
				const target = this.#store.plans.find((p) => p.id === planId);
				if (action === 'delete-all') {
					deleteAllData();
					sessionStorage.removeItem(openKey);
					this.#store = readStore();
				} else if (key && target) {
					target.items = target.items.filter((i) => itemKey(i) !== key);
					target.updated = now();
				} else this.#store.plans = this.#store.plans.filter((p) => p.id !== planId);
				this.#done(say(button.dataset['done'], name), button.dataset['focus']!);
				// Deleting all leaves nothing behind: not even an empty list of plans.
				if (action === 'delete-all') deleteAllData();
			});
		}
	}

	/** The confirmation step: the question in the page with "Yes" and "No, go back"; nothing is deleted before "Yes". */
	#confirm(from: HTMLElement, name: string, action: () => void) {
		this.#returnTo = from;
		this.#confirmed = action;
		for (const part of ['question', 'detail', 'yes']) this.#slot(`confirm-${part}`).textContent = say(from.dataset[part], name);
		this.#part('screen').hidden = true;
		this.#part('confirm').hidden = false;
		this.#slot('confirm-question').focus();
	}

	#closeConfirm(confirmed: boolean) {
		const action = this.#confirmed;
		this.#confirmed = undefined;
		this.#part('confirm').hidden = true;
		this.#part('screen').hidden = false;
		if (confirmed) action?.();
		else this.#returnTo?.focus();
	}

	async #submit(event: SubmitEvent) {
		const form = event.target as HTMLFormElement;
		event.preventDefault();
		this.#clearErrors();
		this.#notice('');
		const data = new FormData(form);
		const value = (name: string) => String(data.get(name) ?? '').trim();
		const field = (selector: string) => form.querySelector<HTMLInputElement>(selector)!;
		// Success: the form empties (before the plan is shown again), and says what happened.
		const done = (name: string, focus: string, more = '') => this.#done(say(form.dataset['done'], name) + more, focus, () => form.reset());
		const plan = this.#plan;
		const kind = form.dataset['form'];
		if (kind === 'new') {
			if (!value('pathway')) return this.#errors([field('[data-error]')]);
			const plan = startPlan(this.#store, value('pathway'), value('name') || undefined);
			this.#open(plan.id);
			done(plan.name, '#plan-heading');
		} else if (kind === 'import') {
			const input = field('[type=file]');
			const file = input.files?.[0];
			if (!file) return this.#errors([input]);
			const result = await readPlanFile(file);
			if (!result.success) return this.#errors([input], say(form.dataset['failed'], result.error));
			const imported = result.data.plan;
			// A plan is never written over: a second copy of one already here comes in beside it, numbered.
			if (this.#store.plans.some((p) => p.id === imported.id)) {
				const names = new Set(this.#store.plans.map((p) => p.name));
				let copy = 1;
				while (names.has(`${imported.name.slice(0, 180)} (imported copy ${copy})`)) copy++;
				Object.assign(imported, { id: newPlanId(), name: `${imported.name.slice(0, 180)} (imported copy ${copy})` });
			}
			this.#store.plans.push(imported);
			this.#open(imported.id);
			done(imported.name, '#plan-heading', result.from < 2 ? form.dataset['upgraded'] : '');
		} else if (!plan) return;
		else if (kind === 'rename') {
			if (!value('name')) return this.#errors([field('#plan-name')]);
			plan.name = value('name');
			plan.updated = now();
			done(plan.name, '#plan-heading');
		} else if (kind === 'review') {
			const index = form.closest<HTMLElement>('[data-item]')!.dataset['item'];
			const missing = [...(/^\d{4}-\d\d-\d\d$/.test(value('date')) ? [] : [field('[name=date]')]), ...(value('effect') ? [] : [field('[name=effect]')])];
			if (missing.length) return this.#errors(missing);
			plan.items[Number(index)]!.reviews.push({ date: value('date'), effect: value('effect') });
			plan.updated = now();
			done('', `#item-${index}-reviews`);
		} else {
			const select = field('select');
			const fields = kind === 'add-attribute' ? this.#attribute(value('attribute')) : this.#strategy(value('strategy'));
			if (!fields) return this.#errors([select]);
			const name = fields['code'] ?? fields['text'] ?? '';
			if (!addItem(plan, newItem(fields))) return this.#errors([select], say(form.dataset['duplicate'], name));
			done(name, `#item-${plan.items.length - 1}-heading`);
		}
	}

	#attribute(id: string): Fields | undefined {
		const a = this.#catalogue.attributes.get(id);
		return a && { id: a.id, code: a.code, text: a.text, pathway: a.pathway };
	}

	#strategy(key: string): Fields | undefined {
		const [resource, id] = key.split('/');
		const group = this.#catalogue.data.resources.find((r) => r.id === resource)?.groups.find((g) => g.strategies.some((s) => s.id === id));
		const strategy = group?.strategies.find((s) => s.id === id);
		return group && strategy && { kind: 'strategy', id, resource, group: group.id, groupTitle: group.title, text: strategy.title };
	}

	/**
	 * GOV.UK's error pattern: a message by each field (its `data-error`, or `message`), and a summary
	 * at the top that links to them and takes focus.
	 */
	#errors(fields: HTMLElement[], message?: string) {
		const errors = fields.map((field) => {
			const group = field.closest('.lcf-form-group')!;
			const described = group.querySelector('fieldset') ?? field;
			const text = Object.assign(document.createElement('p'), { className: 'lcf-error-message', id: `${field.id}-error` });
			const words = message ?? field.dataset['error']!;
			text.innerHTML = html`<span class="lcf-visually-hidden">Error:</span> ${words}`.value;
			group.classList.add('lcf-form-group--error');
			(group.querySelector('.lcf-radios') ?? field).before(text);
			described.setAttribute('aria-describedby', `${described.getAttribute('aria-describedby') ?? ''} ${text.id}`.trim());
			return html`<li><a href="#${field.id}">${words}</a></li>`;
		});
		this.#part('error-list').innerHTML = html`${errors}`.value;
		document.title = `Error: ${this.#title}`;
		this.#part('errors').hidden = false;
		this.#part('errors').focus();
	}

	#clearErrors() {
		document.title = this.#title;
		this.#part('errors').hidden = true;
		for (const text of this.querySelectorAll('.lcf-error-message')) {
			const described = this.querySelector(`[aria-describedby~="${text.id}"]`)!;
			const rest = described.getAttribute('aria-describedby')!.replace(text.id, '').trim();
			if (rest) described.setAttribute('aria-describedby', rest);
			else described.removeAttribute('aria-describedby');
			text.closest('.lcf-form-group')!.classList.remove('lcf-form-group--error');
			text.remove();
		}
	}
}

customElements.define('lcf-action-plan', LcfActionPlan);
