/**
 * A leader's action plan from the planner at `/action-plan/`, as it is exported to a JSON file and
 * imported again. Versioned: files are `version: 2`; `migrateActionPlan` upgrades a version 1 file
 * (the first planner's export), so old exports still import. Each item keeps the id it refers to
 * and a copy of its words and code as they were when added, so a plan outlives content changes.
 */
import { z } from 'zod';
import { attributeSchema } from './attribute.ts';
import { contentId, text } from './common.ts';

/** What every export says it is, so that another JSON file is recognised as not a plan. */
export const actionPlanFormat = 'lcf-action-plan';

/** Where a leader is with an attribute now. */
export const planLevel = z.enum(['not-yet', 'developing', 'confident'], { error: 'must be "not-yet", "developing" or "confident"' });

/** A leader's own words: may be empty, and may not run to a book. */
/** The most a leader's answer may hold; the planner's boxes stop there too, so its own exports always import. */
export const noteLimit = 10_000;
/**
 * The most items a plan may hold, and reviews an item: far beyond a real plan (one item per attribute
 * and strategy of a pathway is under 100), and few enough that the planner draws the plan at once.
 * A file beyond them (a 13,000-item plan froze the page) is refused on import, saying so.
 */
export const itemLimit = 500;
export const reviewLimit = 200;
const note = z.string({ error: 'must be text' }).max(noteLimit, { error: 'is too long: keep it under 10,000 characters' }).default('');
const moment = z.iso.datetime({ offset: true, error: 'must be a date and time, e.g. 2025-03-04T09:30:00.000Z' });
const planId = z.string({ error: 'must be a plan id' }).regex(/^[a-z0-9-]{1,64}$/, { error: 'must be a plan id: lowercase letters, digits and hyphens' });

/** A dated look back at an item's effect. */
export const planReviewSchema = z.strictObject({
	/** The day of the review, `YYYY-MM-DD`. */
	date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
	/** What effect it has had, in the leader's words. */
	effect: text,
});

/** What a leader plans for any item: the practising and the people that support change. */
const planning = {
	/** When it was added to the plan. */
	added: moment,
	/** What the leader will try. */
	try: note,
	/** When and where they will try it. */
	whenWhere: note,
	/** Who will support them, e.g. their supervisor. */
	support: note,
	/** How they will know it worked. */
	measure: note,
	/** Dated reviews of its effect, oldest first; at most `reviewLimit`. */
	reviews: z.array(planReviewSchema).max(reviewLimit, { error: `holds more than ${reviewLimit} reviews, more than any real plan: it cannot be this planner's own` }).default([]),
};

/** An effective attribute on the plan. */
export const planAttributeSchema = z.strictObject({
	kind: z.literal('attribute'),
	/** The attribute's stable id; the planner follows it when the id is later renamed. */
	id: contentId,
	/** Its citation code when added, e.g. `P2-CU1.2`. */
	code: attributeSchema.shape.code,
	/** Its statement when added: what the plan shows if the attribute is later removed. */
	text,
	/** The pathway it belongs to. */
	pathway: contentId,
	/** Where the leader is now; left out until they say. */
	level: planLevel.optional(),
	/** What shows where they are. */
	evidence: note,
	...planning,
});

/** A practical strategy from a linked resource on the plan. */
export const planStrategySchema = z.strictObject({
	kind: z.literal('strategy'),
	/** The strategy's id within its resource. */
	id: contentId,
	/** The resource it comes from, e.g. `expanding-capacity-in-practice`. */
	resource: contentId,
	/** Its group's id within the resource, e.g. `your-team`. */
	group: contentId,
	/** Its group's title when added, e.g. "Thinking about your team". */
	groupTitle: text,
	/** Its title when added. */
	text,
	...planning,
});

export const planItemSchema = z.discriminatedUnion('kind', [planAttributeSchema, planStrategySchema], {
	error: 'must be an attribute (kind: "attribute") or a strategy (kind: "strategy")',
});

export const actionPlanSchema = z.strictObject({
	/** Stable id of the plan in this browser, e.g. `plan-m7x2k-4f9q`. */
	id: planId,
	/** The leader's name for the plan. */
	name: text.max(200, { error: 'is too long: keep it under 200 characters' }),
	/** The pathway it is for, e.g. `pathway-2`. */
	pathway: contentId,
	/** When it was started. */
	created: moment,
	/** When it last changed. */
	updated: moment,
	/** What the leader assesses and develops, in the order added; at most `itemLimit`. */
	items: z.array(planItemSchema).max(itemLimit, { error: `holds more than ${itemLimit} items, more than any real plan: it cannot be this planner's own` }),
});

/** An exported plan file, version 2. */
export const actionPlanExportSchema = z.strictObject({
	/** Always `lcf-action-plan`. */
	format: z.literal(actionPlanFormat),
	/** The version of this format: 2. */
	version: z.literal(2),
	/** The plan. */
	plan: actionPlanSchema,
});

export type PlanLevel = z.output<typeof planLevel>;
export type PlanReview = z.output<typeof planReviewSchema>;
export type PlanAttribute = z.output<typeof planAttributeSchema>;
export type PlanStrategy = z.output<typeof planStrategySchema>;
export type PlanItem = z.output<typeof planItemSchema>;
export type ActionPlan = z.output<typeof actionPlanSchema>;
export type ActionPlanExport = z.output<typeof actionPlanExportSchema>;

/** Version 1, the first planner's export: a flat plan of attributes only, with no reviews. */
export const actionPlanV1Schema = z.strictObject({
	/** Always `lcf-action-plan`. */
	format: z.literal(actionPlanFormat),
	/** The version of this format: 1. */
	version: z.literal(1),
	/** Stable id of the plan. */
	id: planId,
	/** The leader's name for the plan (`name` in version 2). */
	title: text,
	/** The pathway it is for. */
	pathway: contentId,
	/** When it last changed (`created` and `updated` in version 2). */
	saved: moment,
	/** The attributes on the plan (`items` in version 2). */
	attributes: z.array(
		z.strictObject({
			/** The attribute's stable id. */
			id: contentId,
			/** Its citation code when added. */
			code: attributeSchema.shape.code,
			/** Its statement when added. */
			text,
			/** Where the leader is now. */
			level: planLevel.optional(),
			/** What shows where they are. */
			evidence: note,
			/** What they will try (`try` in version 2). */
			action: note,
			/** When and where (`whenWhere` in version 2). */
			when: note,
			/** Who will support them. */
			support: note,
			/** How they will know it worked (`measure` in version 2). */
			success: note,
		}),
	),
});

export type ActionPlanV1 = z.output<typeof actionPlanV1Schema>;

/** A file read as a plan: the plan at the current version and the version it came in, or why not. */
export type PlanImport = { success: true; data: ActionPlanExport; from: 1 | 2 } | { success: false; error: string };

/** Version 1 → 2: fields renamed, every item an attribute, no reviews yet. */
function upgradeV1(v1: ActionPlanV1): z.input<typeof actionPlanExportSchema> {
	return {
		format: actionPlanFormat,
		version: 2,
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

/** The first thing wrong with a file that says it is a plan, as "plan › items › #2 › text: must not be empty". */
function damaged(error: z.ZodError): PlanImport {
	const issue = error.issues[0]!;
	const where = issue.path.map((key) => (typeof key === 'number' ? `#${key + 1}` : String(key))).join(' › ');
	const what = issue.code === 'unrecognized_keys' ? `has a field this planner does not know (${issue.keys.join(', ')})` : issue.message;
	return { success: false, error: `It is an action plan, but part of it is damaged: ${where ? `${where}: ` : ''}${what}.` };
}

/**
 * Reads any parsed JSON as a plan export: checks it against its version's schema and upgrades an
 * older version to the current one. Never throws; a failure says, in a sentence, what is wrong.
 */
export function migrateActionPlan(input: unknown): PlanImport {
	const head = (typeof input === 'object' && input !== null ? input : {}) as { format?: unknown; version?: unknown };
	if (head.format !== actionPlanFormat) return { success: false, error: 'It is not an action plan exported from this planner.' };
	if (typeof head.version === 'number' && head.version > 2)
		return { success: false, error: `It was made by a newer version of the planner (version ${head.version}) than this site has.` };
	if (head.version === 1) {
		const v1 = actionPlanV1Schema.safeParse(input);
		if (!v1.success) return damaged(v1.error);
		const upgraded = actionPlanExportSchema.safeParse(upgradeV1(v1.data));
		return upgraded.success ? { success: true, data: upgraded.data, from: 1 } : damaged(upgraded.error);
	}
	const current = actionPlanExportSchema.safeParse(input);
	return current.success ? { success: true, data: current.data, from: 2 } : damaged(current.error);
}
