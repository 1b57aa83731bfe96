/** Version 1 of the action plan file, the first planner's export: still read, and upgraded (`upgrade.ts`). */
import { z } from 'zod';
import { attributeSchema } from '../attribute.ts';
import { contentId, text } from '../common.ts';
import { actionPlanFormat } from './format.ts';
import { moment, note, planId, planLevel } from './v2.ts';

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
