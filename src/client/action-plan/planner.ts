/**
 * `<lcf-action-plan>`: the planner at /action-plan/. Shows the plans kept in this browser and the
 * open one as forms that save as you type; its forms (`forms.ts`) and buttons (`actions.ts`) change
 * the plans, and it saves them, merged with what other tabs saved (`merge.ts`). Nothing it does
 * leaves the browser. Its words are in the page's markup (`data-done`, `data-error`, …).
 *
 * Drawing the plans needs only this module and what it imports. The rest (`parts.ts`: the forms and
 * buttons, merging, the printable view) is not needed for that: it loads once the plans are drawn,
 * when the browser is idle, and every change waits for it; so the page's first load stays within its
 * budget as the planner grows.
 */
import type { PlannerData } from '../../lib/action-plan-data.ts';
// The address of `parts.ts` as a chunk of its own (see `lazyChunk` in astro.config.mjs).
import partsUrl from 'lazy-chunk:./parts.ts';
import { Catalogue } from './catalogue.ts';
import type { StoredPlan } from './merge.ts';
import type { Planner } from './planner-state.ts';
import { choose, fitsLimits } from './plans.ts';
import { planList } from './plan-list.ts';
import { openPlan } from './render.ts';
import { openKey, readStore, storageKey, writeStore } from './storage.ts';

type Parts = typeof import('./parts.ts') & { actions: import('./actions.ts').Actions };

class LcfActionPlan extends HTMLElement implements Planner {
	readonly root = this;
	readonly catalogue = new Catalogue(JSON.parse(document.getElementById('action-plan-data')!.textContent!) as PlannerData);
	store = readStore();
	#current: string | null = sessionStorage.getItem(openKey) ?? this.store.current;
	#parts: Promise<Parts> | undefined;
	/** `parts.ts` once loaded: everything that changes the plans runs after that. */
	#p!: Parts;

	#part = (name: string) => this.querySelector<HTMLElement>(`[data-planner-${name}]`)!;
	readonly banner = this.#part('notice');

	/** The open plan; never one beyond the limits, which would hold up the page (the list says why it is not opened). */
	get plan(): StoredPlan | undefined {
		return this.store.plans.find((p) => p.id === this.#current && fitsLimits(p));
	}

	/**
	 * Opens a plan in this tab (kept per tab, so that two tabs can each have their own plan open);
	 * "Add to your plan" in this tab then adds to it too. It becomes the current plan, which a tab with
	 * none open of its own (a later visit) opens, once saved (`done` in changes.ts saves).
	 */
	open(id: string) {
		this.#show(id);
		choose(this.store, id);
	}

	/** Shows a plan in this tab, without making it the current one. */
	#show(id: string | null) {
		this.#current = id;
		if (id) sessionStorage.setItem(openKey, id);
		else sessionStorage.removeItem(openKey);
	}

	connectedCallback() {
		document.querySelector<HTMLElement>('[data-planner-fallback]')!.hidden = true;
		this.#part('start').toggleAttribute('open', !this.store.plans.length);
		// A returning reader meets their plans first: the explanation goes below them, one link away.
		if (this.store.plans.length) {
			this.#part('delete-all').before(document.querySelector('[data-planner-about]')!);
			document.querySelector<HTMLElement>('[data-planner-about-link]')!.hidden = false;
		}
		this.#part('screen').hidden = false;
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('[data-error-link]');
			// GOV.UK error summary: the link moves focus to the field itself.
			if (link) return (event.preventDefault(), void document.getElementById(link.hash.slice(1))?.focus());
			if ((event.target as Element).closest('button[data-action]')) void this.#load().then((parts) => parts.actions.click(event));
		});
		this.addEventListener('input', (event) => void this.#load().then((parts) => parts.edit(this, event)));
		this.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#load().then(async (parts) => {
				parts.clearErrors(this);
				await parts.submit(this, event.target as HTMLFormElement);
			});
		});
		addEventListener('storage', (event) => {
			if (event.key && event.key !== storageKey) return;
			void this.#load().then((parts) => parts.fromOtherTab(this, event.newValue === null));
		});
		void this.render().then(() => {
			// Drawn, the open plan too (its pathway's attributes are fetched first): what tests wait for.
			this.toggleAttribute('data-planner-drawn', true);
			(window.requestIdleCallback ?? setTimeout)(() => void this.#load());
		});
	}

	/** The forms' and buttons' code (see above), loaded once. */
	#load() {
		this.#parts ??= (import(/* @vite-ignore */ partsUrl) as Promise<typeof import('./parts.ts')>).then((parts) => {
			this.#p = { ...parts, actions: new parts.Actions(this) };
			if (this.plan) this.#p.printView(this, this.plan, this.catalogue);
			return this.#p;
		});
		return this.#parts;
	}

	/** Merges what other tabs have saved into this tab's plans; says whether this tab had anything they lack. */
	sync(): boolean {
		const merged = this.#p.mergeStores(this.store, readStore());
		this.store = merged.store;
		return merged.mine;
	}

	/** Saves the plans, merged first; returns false when the browser refuses (its storage full). */
	save(changedHere = true): boolean {
		try {
			this.sync();
			// The plan just worked on is the one a later visit opens.
			if (changedHere && this.plan) choose(this.store, this.plan.id);
			writeStore(this.store);
			return true;
		} catch {
			return false;
		}
	}

	/** Shows the plans, and the open plan once its pathway's attributes are loaded. */
	async render() {
		const store = this.store;
		// What this tab shows is open in it, for "Add to your plan" too; with none, or one since deleted, the latest.
		this.#show(this.plan ? this.#current : ([...store.plans].filter(fitsLimits).sort((a, b) => b.updated.localeCompare(a.updated))[0]?.id ?? null));
		this.#part('plans').innerHTML = planList(store, this.#current, this.catalogue, this.querySelector<HTMLElement>('[data-planner-plan] [data-action="delete-plan"]')!.dataset);
		// A returning reader starts a plan or imports one when they ask to; one with no plans sees the forms at once.
		if (!store.plans.length) this.#part('start').setAttribute('open', '');
		this.#part('delete-all').hidden = !store.plans.length;
		const plan = this.plan;
		if (plan) await this.catalogue.load(plan);
		// Another render may have begun while this one waited: only the open plan's is drawn.
		if (plan !== this.plan) return;
		this.#part('plan').hidden = this.#part('print').hidden = !plan;
		if (!plan) return;
		// An item that followed its attribute's new id replaces the one under the old id, in other tabs too.
		const moved = this.catalogue.follow(plan);
		for (const key of moved) (plan as StoredPlan).removed = { ...(plan as StoredPlan).removed, [key]: new Date().toISOString() };
		if (moved.length) void this.#load().then(() => this.save(false));
		openPlan(this, plan, this.catalogue);
		this.#p?.printView(this, plan, this.catalogue);
	}
}

customElements.define('lcf-action-plan', LcfActionPlan);
