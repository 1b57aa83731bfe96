/**
 * The plans in this browser: one localStorage entry, read and written here only, never sent
 * anywhere. The planner imports this module; an "Add to your plan" button loads it on its first click.
 * Each function takes the storage to use (the browser's by default), so tests give it one in memory.
 */
import { planStorageKey as storageKey } from '../../../schemas/action-plan/format.ts';
import type { ActionPlan } from '../../../schemas/action-plan/index.ts';
import { addItem, choose, defaultPlanName, emptyStore, newItem, newPlan, planFor, type ItemFields, type PlanStore } from './plans.ts';

export { storageKey };
export type { PlanStore };
/** The plan open in a tab, in its sessionStorage: two tabs can each have their own plan open. */
export const openKey = `${storageKey}-open`;
/** Where stored data that cannot be read is set aside, so that the next save does not write over it. */
export const unreadableKey = `${storageKey}-unreadable`;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { readonly length: number; key(index: number): string | null };

export function readStore(storage: KeyValueStorage = localStorage): PlanStore {
	const raw = storage.getItem(storageKey);
	if (raw) {
		try {
			const store = JSON.parse(raw) as PlanStore;
			if (store?.version === 2 && Array.isArray(store.plans)) {
				const plans: unknown[] = store.plans;
				if (plans.every(isStoredPlan)) return store;
				// Some plan is not one this planner wrote (edited by hand, or damaged): keep the rest,
				// and set the whole entry aside below, so nothing is lost by the next save.
				storage.setItem(unreadableKey, raw);
				return { ...store, plans: plans.filter(isStoredPlan) };
			}
		} catch {
			// Falls through: set aside below.
		}
		storage.setItem(unreadableKey, raw);
	}
	return emptyStore();
}

/**
 * Whether a stored plan has the shape the planner reads (its fields' types, not their limits, which
 * `fitsLimits` checks): the full schema is zod's, loaded only to import a file.
 */
function isStoredPlan(plan: unknown): plan is ActionPlan {
	const p = plan as Partial<Record<keyof ActionPlan, unknown>> | null;
	const texts = (value: object, keys: string[]) => keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string');
	return typeof p === 'object' && p !== null && texts(p, ['id', 'name', 'pathway', 'created', 'updated']) && Array.isArray(p.items)
		&& p.items.every((item: unknown) => typeof item === 'object' && item !== null && texts(item, ['kind', 'id', 'text']) && Array.isArray((item as { reviews?: unknown }).reviews));
}

export function writeStore(store: PlanStore, storage: KeyValueStorage = localStorage): void {
	storage.setItem(storageKey, JSON.stringify(store));
}

/** Removes everything the planner has stored in this browser. */
export function deleteAllData(storage: KeyValueStorage = localStorage): void {
	const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => !!key?.startsWith(storageKey));
	for (const key of keys) storage.removeItem(key);
}

/**
 * Starts a plan and makes it the current one. The caller saves (as for `addItem`), so that a save that
 * fails, the storage being full, is reported in one place and nothing claims to have succeeded.
 */
export function startPlan(store: PlanStore, pathway: string, name: string): ActionPlan {
	const plan = newPlan(pathway, name);
	store.plans.push(plan);
	choose(store, plan.id);
	return plan;
}

/**
 * What an "Add to your plan" button does: adds the item to the plan `planFor` picks (the one open in
 * this tab, its `sessionStorage`, first), or a new one, and saves. That plan is then the one open in
 * this tab, so that "view your plan" shows it, and the current one.
 */
export function addToPlan(
	fields: ItemFields,
	pathwayLabel: string,
	storage: KeyValueStorage = localStorage,
	tab: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage,
): { added: boolean; plan: ActionPlan } {
	const store = readStore(storage);
	const plan = planFor(store, fields, tab.getItem(openKey)) ?? startPlan(store, fields['pathway'] ?? '', defaultPlanName(pathwayLabel));
	choose(store, plan.id);
	const added = addItem(plan, newItem(fields));
	// Throws when the storage is full: the button says it could not be added.
	writeStore(store, storage);
	tab.setItem(openKey, plan.id);
	return { added, plan };
}
