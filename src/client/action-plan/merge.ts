/**
 * Two tabs, one store: what another tab saved is merged with this tab's plans field by field, so that
 * neither tab's words are lost. In the store only (an export leaves them out), each plan and item
 * keeps when each of its fields was last changed (`edited`), the later change of a field winning; a
 * removed item or deleted plan leaves the time it went (`removed`, `deleted`), so that a tab that had
 * not seen it go does not bring it back, unless that tab changed it later; the current plan is the
 * one chosen later. Pure; tested in
 * tests/unit/action-plan-merge.test.ts.
 */
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan/index.ts';
import { itemKey, now, type PlanStore } from './plans.ts';

type Stamps = Record<string, string>;
/** What the store adds to a plan or an item: when each field was last changed. */
type Edited = { edited?: Stamps };
/** A plan as stored: its fields' times, and when each item removed from it went. */
export type StoredPlan = ActionPlan & Edited & { removed?: Stamps };

const later = (a = '', b = '') => (a > b ? a : b);
const laterStamps = (a: Stamps = {}, b: Stamps = {}) => Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, later(a[k], b[k])]));
/** When an item was last changed: added, or any field since. */
const touched = (item: PlanItem & Edited) => Object.values(item.edited ?? {}).reduce((a, b) => later(a, b), item.added);

/** Notes that a field of a plan or item has just been changed in this tab. */
export function stamp(record: object, field: string, time = now()): void {
	const stamped = record as Edited;
	stamped.edited = { ...stamped.edited, [field]: time };
}

/** Removes an item from a plan, noting when, so that a tab that still has it does not bring it back. */
export function removeItem(plan: StoredPlan, key: string, time = now()): void {
	plan.items = plan.items.filter((item) => itemKey(item) !== key);
	plan.removed = { ...plan.removed, [key]: time };
	plan.updated = time;
}

/** Deletes a plan from the store, noting when, as `removeItem` does. */
export function deletePlan(store: PlanStore, id: string, time = now()): void {
	store.plans = store.plans.filter((plan) => plan.id !== id);
	store.deleted = { ...store.deleted, [id]: time };
}

/** Theirs, with each field this tab changed later taken from mine; `mine` says whether any was. */
function fields<T extends Edited>(mine: T, theirs: T): { merged: T; mine: boolean } {
	const merged = { ...theirs, edited: laterStamps(mine.edited, theirs.edited) };
	let newer = false;
	for (const [field, time] of Object.entries(mine.edited ?? {}))
		if (time > (theirs.edited?.[field] ?? '')) {
			Object.assign(merged, { [field]: mine[field as keyof T] });
			newer = true;
		}
	return { merged, mine: newer };
}

/** Joins two lists of records by key: theirs in their order, then those only mine has; keeps those still there. */
function join<T>(mine: T[], theirs: T[], key: (r: T) => string, keep: (r: T, only: 'mine' | 'both' | 'theirs') => boolean, both: (m: T, t: T) => T): T[] {
	const ours = new Map(mine.map((r) => [key(r), r]));
	const seen = new Set(theirs.map(key));
	const out = theirs.map((t) => (ours.has(key(t)) ? both(ours.get(key(t))!, t) : t)).filter((r) => keep(r, ours.has(key(r)) ? 'both' : 'theirs'));
	return out.concat(mine.filter((m) => !seen.has(key(m)) && keep(m, 'mine')));
}

/**
 * The store after another tab saved `theirs` while this tab held `mine`. `mine` in the answer says
 * whether this tab had something theirs lacks (then the merged store should be saved again).
 */
export function mergeStores(mine: PlanStore, theirs: PlanStore): { store: PlanStore; mine: boolean } {
	let newer = false;
	const deleted = laterStamps(mine.deleted, theirs.deleted);
	const plans = join<StoredPlan>(
		mine.plans,
		theirs.plans,
		(plan) => plan.id,
		(plan, only) => {
			const kept = plan.updated > (deleted[plan.id] ?? '');
			if (only === 'mine' && kept) newer = true;
			return kept;
		},
		(m, t) => {
			const { merged, mine: named } = fields(m, t);
			const removed = laterStamps(m.removed, t.removed);
			const items = join<PlanItem & Edited>(
				m.items,
				t.items,
				itemKey,
				(item, only) => {
					const kept = touched(item) > (removed[itemKey(item)] ?? '');
					if (only === 'mine' && kept) newer = true;
					return kept;
				},
				(a, b) => {
					const result = fields(a, b);
					newer ||= result.mine;
					return result.merged;
				},
			);
			newer ||= named;
			return { ...merged, removed, items, updated: later(m.updated, t.updated) };
		},
	);
	// The current plan is the one chosen last, in whichever tab (`choose` in plans.ts).
	const current = mine.currentAt && mine.currentAt > (theirs.currentAt ?? '') ? { current: mine.current, currentAt: mine.currentAt } : {};
	return { store: { ...theirs, ...current, deleted, plans }, mine: newer };
}
