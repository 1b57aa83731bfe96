/**
 * The plans in this browser: one localStorage entry, read and written here only, never sent
 * anywhere. The planner imports this module; an "Add to my plan" button loads it on its first click.
 */
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan.ts';

/** Every key the planner writes starts with this. */
export const storageKey = 'lcf-action-plan';
/** Where stored data that cannot be read is set aside, so that the next save does not write over it. */
const unreadableKey = `${storageKey}-unreadable`;

export interface PlanStore {
	/** The stored format's version; raised if it ever changes. */
	version: 2;
	/** The plan last opened or added to. */
	current: string | null;
	plans: ActionPlan[];
}

export function readStore(): PlanStore {
	const raw = localStorage.getItem(storageKey);
	if (raw) {
		try {
			const store = JSON.parse(raw) as PlanStore;
			if (store?.version === 2 && Array.isArray(store.plans)) return store;
		} catch {
			// Falls through: set aside below.
		}
		localStorage.setItem(unreadableKey, raw);
	}
	return { version: 2, current: null, plans: [] };
}

export function writeStore(store: PlanStore): void {
	localStorage.setItem(storageKey, JSON.stringify(store));
}

/** Removes everything the planner has stored in this browser. */
export function deleteAllData(): void {
	for (const key of Object.keys(localStorage)) if (key.startsWith(storageKey)) localStorage.removeItem(key);
}

export const now = () => new Date().toISOString();
export const newPlanId = () => `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
/** `pathway-2` → "Pathway 2 action plan" (pathway ids are `pathway-<number>`). */
export const defaultPlanName = (pathway: string) => `Pathway ${pathway.replace(/^\D+/, '')} action plan`;
/** What makes an item the same item: its kind, and for a strategy its resource, and its id. */
export const itemKey = (item: Pick<PlanItem, 'kind' | 'id'> & { resource?: string | undefined }) =>
	`${item.kind}:${item.kind === 'strategy' ? `${item.resource}/` : ''}${item.id}`;

/**
 * Starts a plan and makes it the current one. The caller saves (as for `addItem`), so that a save that
 * fails, the storage being full, is reported in one place and nothing claims to have succeeded.
 */
export function startPlan(store: PlanStore, pathway: string, name = defaultPlanName(pathway)): ActionPlan {
	const time = now();
	const plan: ActionPlan = { id: newPlanId(), name, pathway, created: time, updated: time, items: [] };
	store.plans.push(plan);
	store.current = plan.id;
	return plan;
}

/** An item made from what an "Add to my plan" button or the planner's lists know of it. */
export function newItem(fields: Record<string, string | undefined>): PlanItem {
	const planning = { added: now(), try: '', whenWhere: '', support: '', measure: '', reviews: [] };
	const { id = '', text = '' } = fields;
	return fields['kind'] === 'strategy'
		? { kind: 'strategy', id, resource: fields['resource'] ?? '', group: fields['group'] ?? '', groupTitle: fields['groupTitle'] ?? '', text, ...planning }
		: { kind: 'attribute', id, code: fields['code'] ?? '', text, pathway: fields['pathway'] ?? '', evidence: '', ...planning };
}

/** Adds the item to a plan unless it is there already; says whether it did. The caller saves. */
export function addItem(plan: ActionPlan, item: PlanItem): boolean {
	if (plan.items.some((existing) => itemKey(existing) === itemKey(item))) return false;
	plan.items.push(item);
	plan.updated = now();
	return true;
}

const latest = (plans: ActionPlan[]) => plans.reduce<ActionPlan | undefined>((a, b) => (a && a.updated > b.updated ? a : b), undefined);

/**
 * What an "Add to my plan" button does: adds to the current plan when it is for the item's pathway
 * (any plan will do for a strategy), else the latest plan for that pathway, else a new one.
 */
export function addToPlan(fields: Record<string, string | undefined>): { added: boolean; plan: ActionPlan } {
	const store = readStore();
	const pathway = fields['pathway'] ?? '';
	const current = store.plans.find((p) => p.id === store.current);
	const strategy = fields['kind'] === 'strategy';
	const plan =
		(current && (strategy || current.pathway === pathway) ? current : undefined) ??
		latest(store.plans.filter((p) => p.pathway === pathway)) ??
		(strategy ? latest(store.plans) : undefined) ??
		startPlan(store, pathway);
	store.current = plan.id;
	const added = addItem(plan, newItem(fields));
	// Throws when the storage is full: the button says it could not be added.
	writeStore(store);
	return { added, plan };
}
