/**
 * Version 2 of the action plan file, the current one: a leader's plan from `/action-plan/` as it is
 * exported to JSON and imported again. Each item keeps the id it refers to and a copy of its words
 * and code as they were when added, so a plan outlives content changes.
 */
import { z } from 'zod';
import { attributeSchema } from '../attribute.ts';
import { contentId, text } from '../common.ts';
import { actionPlanFormat, actionPlanVersion, itemLimit, noteLimit, reviewLimit } from './format.ts';

/** Where a leader is with an attribute now. */
export const planLevel = z.enum(['not-yet', 'developing', 'confident'], { error: 'must be "not-yet", "developing" or "confident"' });

/** A leader's own words: may be empty, and may not run to a book. */
export const note = z.string({ error: 'must be text' }).max(noteLimit, { error: 'is too long: keep it under 10,000 characters' }).default('');
export const moment = z.iso.datetime({ offset: true, error: 'must be a date and time, e.g. 2025-03-04T09:30:00.000Z' });
export const planId = z.string({ error: 'must be a plan id' }).regex(/^[a-z0-9-]{1,64}$/, { error: 'must be a plan id: lowercase letters, digits and hyphens' });

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
	/** Dated reviews of its effect, oldest first. */
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
	/** What the leader assesses and develops, in the order added. */
	items: z.array(planItemSchema).max(itemLimit, { error: `holds more than ${itemLimit} items, more than any real plan: it cannot be this planner's own` }),
});

/** An exported plan file, version 2. */
export const actionPlanExportSchema = z.strictObject({
	/** Always `lcf-action-plan`. */
	format: z.literal(actionPlanFormat),
	/** The version of this format: 2. */
	version: z.literal(actionPlanVersion),
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

