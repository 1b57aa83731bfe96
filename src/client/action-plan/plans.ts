/**
 * The plans as data: what makes an item the same item, which plan "Add to my plan" adds to, how an
 * imported copy is named. Pure functions of the plans, tested without a browser
 * (tests/unit/action-plan-plans.test.ts); `storage.ts` keeps the result.
 */
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan/index.ts';

export interface PlanStore {
	/** The stored format's version; raised if it ever changes. */
	version: 2;
	/** The plan last opened or added to. */
	current: string | null;
	plans: ActionPlan[];
}

/** What an "Add to my plan" button or the planner's lists know of an item. */
export type ItemFields = Record<string, string | undefined>;

export const emptyStore = (): PlanStore => ({ version: 2, current: null, plans: [] });
export const now = () => new Date().toISOString();
export const newPlanId = () => `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
/** "Pathway 2" → "Pathway 2 action plan": the pathway's short label comes with the page's data. */
export const defaultPlanName = (pathwayLabel: string) => `${pathwayLabel} action plan`;
/** What makes an item the same item: its kind, and for a strategy its resource, and its id. */
export const itemKey = (item: Pick<PlanItem, 'kind' | 'id'> & { resource?: string | undefined }) =>
	`${item.kind}:${item.kind === 'strategy' ? `${item.resource}/` : ''}${item.id}`;

/** A new, empty plan for a pathway. */
export function newPlan(pathway: string, name: string, time = now()): ActionPlan {
	return { id: newPlanId(), name, pathway, created: time, updated: time, items: [] };
}

/** An item made from what an "Add to my plan" button or the planner's lists know of it. */
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

const latest = (plans: ActionPlan[]) => plans.reduce<ActionPlan | undefined>((a, b) => (a && a.updated > b.updated ? a : b), undefined);

/**
 * The plan an "Add to my plan" button adds to: the current plan when it is for the item's pathway
 * (any plan will do for a strategy), else the latest plan for that pathway, else (a strategy) the
 * latest plan; undefined when a new plan is needed.
 */
export function planFor(store: PlanStore, fields: ItemFields): ActionPlan | undefined {
	const pathway = fields['pathway'] ?? '';
	const current = store.plans.find((p) => p.id === store.current);
	const strategy = fields['kind'] === 'strategy';
	return (
		(current && (strategy || current.pathway === pathway) ? current : undefined) ??
		latest(store.plans.filter((p) => p.pathway === pathway)) ??
		(strategy ? latest(store.plans) : undefined)
	);
}

/**
 * A plan is never written over: an imported plan whose id is here already comes in beside it, with
 * a new id and a numbered name ("Spring (imported copy 2)"). Returns the plan to add.
 */
export function importedCopy(plans: ActionPlan[], imported: ActionPlan, id = newPlanId): ActionPlan {
	if (!plans.some((p) => p.id === imported.id)) return imported;
	const names = new Set(plans.map((p) => p.name));
	// Names stop at 200 characters: room is kept for the number.
	const base = imported.name.slice(0, 180);
	let copy = 1;
	while (names.has(`${base} (imported copy ${copy})`)) copy++;
	return { ...imported, id: id(), name: `${base} (imported copy ${copy})` };
}
