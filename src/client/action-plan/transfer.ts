/**
 * Plans to and from files. Export writes the current format (version 2, see
 * `schemas/action-plan/`); import checks a file against the schema, upgrading an older version,
 * in a worker that loads the schema (and zod with it) only when a file is imported.
 */
import { actionPlanFormat, actionPlanVersion, planItemFieldOrder } from '../../../schemas/action-plan/format.ts';
import type { ActionPlan, PlanImport } from '../../../schemas/action-plan/index.ts';
import type { StoredPlan } from './merge.ts';

/** The plan as the text of an export file. */
export function planFile(stored: ActionPlan): string {
	// What the store keeps for merging two tabs' changes (`merge.ts`) is not part of the plan.
	const { edited: _edited, removed: _removed, ...plan } = stored as StoredPlan;
	const ordered = { ...plan, items: plan.items.map((item) => Object.fromEntries(planItemFieldOrder.filter((key) => key in item).map((key) => [key, item[key as keyof typeof item]]))) };
	return `${JSON.stringify({ format: actionPlanFormat, version: actionPlanVersion, plan: ordered }, null, 2)}\n`;
}

/** Saves the plan as a JSON file through the browser's own download, made here: nothing is uploaded. */
export function downloadPlan(plan: ActionPlan): void {
	const url = URL.createObjectURL(new Blob([planFile(plan)], { type: 'application/json' }));
	const slug = plan.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';
	const link = Object.assign(document.createElement('a'), { href: url, download: `4c-action-plan-${slug}.json` });
	document.body.append(link);
	link.click();
	link.remove();
	// Released a little later: some browsers read the address after the click has returned.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as a plan, in a worker (`read-plan.ts`): the plan, or a sentence saying why it is not one. */
export function readPlanFile(file: File): Promise<PlanImport> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./read-plan.ts', import.meta.url), { type: 'module' });
		const finish = (result: PlanImport) => (worker.terminate(), resolve(result));
		worker.onmessage = (event: MessageEvent<PlanImport>) => finish(event.data);
		worker.onerror = () => finish({ success: false, error: 'This browser could not read it.' });
		worker.postMessage(file);
	});
}
