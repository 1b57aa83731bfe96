/**
 * The plans as data: what makes an item the same item, which plan "Add to your plan" adds to, which
 * stored plans are too large to open. Pure functions of the plans, tested without a browser
 * (tests/unit/action-plan-plans.test.ts); `storage.ts` keeps the result.
 */
import { itemLimit, reviewLimit } from '../../../schemas/action-plan/format.ts';
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan/index.ts';

export interface PlanStore {
	/** The stored format's version; raised if it ever changes. */
	version: 2;
	/** The plan last opened, started, changed or added to, in any tab: a tab with none open of its own opens it. */
	current: string | null;
	/** When `current` was last set, so that merging two tabs' stores keeps the later choice (`merge.ts`). */
	currentAt?: string;
	plans: ActionPlan[];
	/** When each plan deleted here went (`merge.ts`), so that another tab does not bring it back. */
	deleted?: Record<string, string>;
}

/** What an "Add to your plan" button or the planner's lists know of an item. */
export type ItemFields = Record<string, string | undefined>;

export const emptyStore = (): PlanStore => ({ version: 2, current: null, plans: [] });
export const now = () => new Date().toISOString();
export const newPlanId = () => `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
/** "Pathway 2" → "Pathway 2 action plan": the pathway's short label comes with the page's data. */
export const defaultPlanName = (pathwayLabel: string) => `${pathwayLabel} action plan`;
/** What makes an item the same item: its kind, and for a strategy its resource, and its id. */
export const itemKey = (item: Pick<PlanItem, 'kind' | 'id'> & { resource?: string | undefined }) =>
	`${item.kind}:${item.kind === 'strategy' ? `${item.resource}/` : ''}${item.id}`;

/**
 * Whether a plan is within the limits an import holds to (`format.ts`). A stored plan beyond them
 * (written by hand, or by a copy of the planner without them) is listed but never opened or added to.
 */
export const fitsLimits = (plan: ActionPlan) => plan.items.length <= itemLimit && plan.items.every((item) => item.reviews.length <= reviewLimit);

/** A new, empty plan for a pathway. */
export function newPlan(pathway: string, name: string, time = now()): ActionPlan {
	return { id: newPlanId(), name, pathway, created: time, updated: time, items: [] };
}

/** An item made from what an "Add to your plan" button or the planner's lists know of it. */
export function newItem(fields: ItemFields, time = now()): PlanItem {
	const planning = { added: time, try: '', whenWhere: '', support: '', measure: '', reviews: [] };
	const { id = '', text = '' } = fields;
	return fields['kind'] === 'strategy'
		? { kind: 'strategy', id, resource: fields['resource'] ?? '', group: fields['group'] ?? '', groupTitle: fields['groupTitle'] ?? '', text, ...planning }
		: { kind: 'attribute', id, code: fields['code'] ?? '', text, pathway: fields['pathway'] ?? '', evidence: '', ...planning };
}

/** Adds the item to a plan unless it is there already; says whether it did. */
export function addItem(plan: ActionPlan, item: PlanItem, time = now()): boolean {
	if (plan.items.some((existing) => itemKey(existing) === itemKey(item))) return false;
	plan.items.push(item);
	plan.updated = time;
	return true;
}

/** Makes a plan the current one: the one a later visit opens, and "Add to your plan" adds to when no plan is open in its tab. */
export function choose(store: PlanStore, id: string, time = now()): void {
	store.current = id;
	store.currentAt = time;
}

const latest = (plans: ActionPlan[]) => plans.reduce<ActionPlan | undefined>((a, b) => (a && a.updated > b.updated ? a : b), undefined);

/**
 * The plan an "Add to your plan" button adds to: the plan open in the button's tab (`open`), else the
 * current one, when it is for the item's pathway (any plan will do for an item with no pathway); else
 * the latest plan for that pathway, else (no pathway) the latest plan; undefined when a new plan is needed.
 * A strategy from a resource for several pathways (`pathways`, space-separated) fits a plan for any of
 * them; a new plan is for its `pathway`.
 */
export function planFor(store: PlanStore, fields: ItemFields, open: string | null = store.current): ActionPlan | undefined {
	const pathways = (fields['pathways'] ?? fields['pathway'] ?? '').split(' ').filter(Boolean);
	const plans = store.plans.filter(fitsLimits);
	const forItem = (plan: ActionPlan) => !pathways.length || pathways.includes(plan.pathway);
	const fits = (plan: ActionPlan | undefined) => (plan && forItem(plan) ? plan : undefined);
	const byId = (id: string | null) => plans.find((p) => p.id === id);
	return fits(byId(open)) ?? fits(byId(store.current)) ?? latest(plans.filter(forItem));
}
