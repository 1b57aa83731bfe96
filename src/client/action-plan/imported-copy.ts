/**
 * How an imported plan comes in beside the plans here (a module of its own so that only the
 * planner's forms load it, not every page with "Add to your plan"). Tested in action-plan-plans.test.ts.
 */
import type { ActionPlan } from '../../../schemas/action-plan/index.ts';
import { newPlanId } from './plans.ts';

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
