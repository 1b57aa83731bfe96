/**
 * A worker that reads an imported file as a plan: parses it, checks it against the schema and
 * upgrades an older version. In a worker, the schema (and zod) load only when a file is imported,
 * and a large or odd file cannot hold up the page.
 */
import { migrateActionPlan, type PlanImport } from '../../../schemas/action-plan/index.ts';

// TypeScript's DOM library types `self` as a window, and cannot be combined with the WebWorker one
// (https://github.com/microsoft/TypeScript/issues/20595); in a dedicated worker `self` is this.
const scope = self as unknown as { onmessage: (event: MessageEvent<File>) => void; postMessage: (result: PlanImport) => void };

scope.onmessage = async ({ data: file }) => {
	if (file.size > 2_000_000) return scope.postMessage({ success: false, error: 'It is too large to be an action plan.' });
	let json: unknown;
	try {
		json = JSON.parse(await file.text());
	} catch {
		return scope.postMessage({ success: false, error: 'It is not a plan file saved from this planner.' });
	}
	scope.postMessage(migrateActionPlan(json));
};
