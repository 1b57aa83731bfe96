/**
 * What the planner's buttons do (`data-action` names it). Those that delete ask first, in the page:
 * the question with "Yes" and "No, go back"; nothing is deleted before "Yes", and then what is
 * deleted is taken from the plans as stored at that moment, which another tab may have changed.
 */
import { formatDate } from '../../lib/format.ts';
import { say } from './forms.ts';
import { deletePlan, removeItem, stamp } from './merge.ts';
import { emptyStore, itemKey, now } from './plans.ts';
import { done } from './changes.ts';
import type { Planner } from './planner-state.ts';
import { deleteAllData, openKey } from './storage.ts';
import { downloadPlan } from './transfer.ts';

export class Actions {
	#planner: Planner;
	#confirmed: (() => void) | undefined;
	#returnTo: HTMLElement | undefined;
	constructor(planner: Planner) {
		this.#planner = planner;
	}

	#part = (name: string) => this.#planner.root.querySelector<HTMLElement>(`[data-planner-${name}]`)!;

	click(event: MouseEvent): void {
		const planner = this.#planner;
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		const action = button?.dataset['action'];
		const plan = planner.plan;
		if (!button || !action) return;
		if (action === 'confirm' || action === 'cancel') return this.#close(action === 'confirm');
		const li = button.closest<HTMLElement>('[data-item]');
		const item = plan?.items[Number(li?.dataset['item'])];
		if (action === 'open') {
			planner.open(button.dataset['plan']!);
			void done(planner, '', '#plan-heading');
		} else if (action === 'print') print();
		else if (action === 'export' && plan) {
			downloadPlan(plan);
			void done(planner, say(button.dataset['done'], plan.name), '[data-planner-tools]');
		}
		const review = Number(button.closest<HTMLElement>('[data-review]')?.dataset['review']);
		if (action === 'change-review' && li && item) this.#changeReview(li, review);
		else if (!['open', 'print', 'export'].includes(action)) this.#delete(button, action, item?.reviews[review]);
	}

	/** Puts a review into its item's review form, to be changed and saved in place. */
	#changeReview(li: HTMLElement, index: number) {
		const review = this.#planner.plan!.items[Number(li.dataset['item'])]!.reviews[index]!;
		const form = li.querySelector<HTMLFormElement>('[data-form="review"]')!;
		form.dataset['editing'] = String(index);
		form.querySelector<HTMLInputElement>('[name=date]')!.value = review.date;
		const effect = form.querySelector<HTMLTextAreaElement>('[name=effect]')!;
		effect.value = review.effect;
		const submit = form.querySelector<HTMLElement>('[data-label-change]')!;
		submit.firstChild!.textContent = submit.dataset['labelChange']!;
		effect.focus();
	}

	#delete(button: HTMLButtonElement, action: string, review?: { date: string; effect: string }) {
		const planner = this.#planner;
		const plan = button.dataset['plan'] ? planner.store.plans.find((p) => p.id === button.dataset['plan']) : planner.plan;
		const item = plan?.items[Number(button.closest<HTMLElement>('[data-item]')?.dataset['item'])];
		const shown = item && planner.catalogue.now(item);
		const name = review ? formatDate(review.date) : shown ? [shown.code, shown.title].filter(Boolean).join(' ') : (plan?.name ?? '');
		const [planId, key] = [plan?.id, item && itemKey(item)];
		this.#ask(button, name, () => {
			planner.sync();
			const target = planner.store.plans.find((p) => p.id === planId);
			const entry = target?.items.find((i) => itemKey(i) === key);
			if (action === 'delete-all') {
				deleteAllData();
				sessionStorage.removeItem(openKey);
				planner.store = emptyStore();
			} else if (action === 'delete-review' && target && entry && review) {
				const at = entry.reviews.findIndex((r) => r.date === review.date && r.effect === review.effect);
				entry.reviews = entry.reviews.filter((_, i) => i !== at);
				target.updated = now();
				stamp(entry, 'reviews', target.updated);
			} else if (key && target) removeItem(target, key);
			else if (planId) deletePlan(planner.store, planId);
			void done(planner, say(button.dataset['done'], name), say(button.dataset['focus'], String(plan?.items.indexOf(item!))));
			// Deleting all leaves nothing behind: not even an empty list of plans.
			if (action === 'delete-all') deleteAllData();
		});
	}

	#ask(from: HTMLElement, name: string, action: () => void) {
		this.#returnTo = from;
		this.#confirmed = action;
		for (const part of ['question', 'detail', 'yes']) this.#planner.root.querySelector(`[data-slot="confirm-${part}"]`)!.textContent = say(from.dataset[part], name);
		this.#part('screen').hidden = true;
		this.#part('confirm').hidden = false;
		this.#planner.root.querySelector<HTMLElement>('[data-slot="confirm-question"]')!.focus();
	}

	#close(confirmed: boolean) {
		const action = this.#confirmed;
		this.#confirmed = undefined;
		this.#part('confirm').hidden = true;
		this.#part('screen').hidden = false;
		if (confirmed) action?.();
		else this.#returnTo?.focus();
	}
}
