/**
 * Reads any parsed JSON as a plan export: checks it against its version's schema and upgrades an
 * older version to the current one. To add version 3: a `v3.ts`, an upgrade from 2 here, and a case
 * in `tests/unit/action-plan.test.ts`; keep the old schemas.
 */
import type { z } from 'zod';
import { issueSentence, type IssueWording } from '../issue-sentence.ts';
import { actionPlanFormat, actionPlanVersion } from './format.ts';
import { actionPlanV1Schema, type ActionPlanV1 } from './v1.ts';
import { actionPlanExportSchema, type ActionPlanExport } from './v2.ts';

/** A file read as a plan: the plan at the current version and the version it came in, or why not. */
export type PlanImport = { success: true; data: ActionPlanExport; from: 1 | 2 } | { success: false; error: string };

/** Version 1 → 2: fields renamed, every item an attribute, no reviews yet. */
function upgradeV1(v1: ActionPlanV1): z.input<typeof actionPlanExportSchema> {
	return {
		format: actionPlanFormat,
		version: actionPlanVersion,
		plan: {
			id: v1.id,
			name: v1.title,
			pathway: v1.pathway,
			created: v1.saved,
			updated: v1.saved,
			items: v1.attributes.map(({ action, when, success, ...attribute }) => ({
				kind: 'attribute' as const,
				...attribute,
				pathway: v1.pathway,
				added: v1.saved,
				try: action,
				whenWhere: when,
				measure: success,
				reviews: [],
			})),
		},
	};
}

/** A leader does not edit the file: say what is wrong, without an editor's advice. */
const leaderWording: IssueWording = {
	unknownFields: (keys) => `has a field this planner does not know (${keys.join(', ')})`,
	missing: () => 'is missing',
};

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
	path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);

/** The planner's words for the parts of a plan file, where its field names are not words. */
const partWords: Record<string, string> = { items: 'item', reviews: 'review', attributes: 'item', level: 'rating', whenWhere: 'when and where', try: 'what to try', measure: 'how you will know', groupTitle: 'section', title: 'name', saved: 'date saved' };

/**
 * Where in the plan, in words, to go before what is wrong with it: ["plan", "name"] is "the plan's
 * name", ["plan", "items", 0, "reviews", 1, "date"] "in item 1, review 2, the date", ["plan"] "the plan".
 */
export function placeInPlan(path: readonly PropertyKey[]): string {
	const keys = path[0] === 'plan' ? path.slice(1) : path;
	const numbered = keys.flatMap((key, i) => (typeof keys[i + 1] === 'number' ? [`${partWords[String(key)] ?? String(key)} ${Number(keys[i + 1]) + 1}`] : []));
	const last = keys.at(-1);
	const field = typeof last === 'string' ? (partWords[last] && !['items', 'reviews', 'attributes'].includes(last) ? partWords[last] : last) : undefined;
	if (!field) return numbered.length ? `in ${numbered.join(', ')}, the entry` : 'the plan';
	return numbered.length ? `in ${numbered.join(', ')}, the ${field}` : `the plan's ${field}`;
}

/**
 * The first thing wrong with a file that says it is a plan, as "in item 2, the text must not be empty",
 * and what the leader can do: a file is not edited by hand, so a new copy of it.
 */
function damaged(error: z.ZodError, input: unknown): PlanImport {
	const issue = error.issues[0]!;
	const where = placeInPlan(issue.path);
	const what = issueSentence(issue, valueAt(input, issue.path), leaderWording);
	const advice = 'Export the plan again from the planner it came from, or ask whoever sent it for a new copy.';
	return { success: false, error: `It is an action plan, but part of it is damaged: ${where} ${what}. ${advice}` };
}

/** Never throws; a failure says, in a sentence, what is wrong. */
export function migrateActionPlan(input: unknown): PlanImport {
	const head = (typeof input === 'object' && input !== null ? input : {}) as { format?: unknown; version?: unknown };
	if (head.format !== actionPlanFormat) return { success: false, error: 'It is not an action plan exported from this planner.' };
	if (typeof head.version === 'number' && head.version > actionPlanVersion)
		return { success: false, error: `It was made by a newer version of the planner (version ${head.version}) than this site has.` };
	if (head.version === 1) {
		const v1 = actionPlanV1Schema.safeParse(input);
		if (!v1.success) return damaged(v1.error, input);
		const upgraded = upgradeV1(v1.data);
		const current = actionPlanExportSchema.safeParse(upgraded);
		return current.success ? { success: true, data: current.data, from: 1 } : damaged(current.error, upgraded);
	}
	const current = actionPlanExportSchema.safeParse(input);
	return current.success ? { success: true, data: current.data, from: 2 } : damaged(current.error, input);
}
