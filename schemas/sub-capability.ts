/**
 * One of the seven sub-capabilities of a capability. Its description is shared by all pathways,
 * except where a pathway's source words it differently (`pathwayDescriptions`).
 */
import { z } from 'zod';
import { contentId, formerIds, plainText, text } from './common.ts';

export const subCapabilitySchema = z.strictObject({
	/** Stable id: the kebab-case of its first title, "&" written "and". Never change it once published. */
	id: contentId,
	/** Citation code: its capability's code and a number, e.g. `CU1`. Never reused. */
	code: z.string().regex(/^[A-Z]{2}[1-9][0-9]*$/, { error: "must be its capability's code and a number, e.g. CU1" }),
	/** Ids it was published under before (see the README on renaming). */
	formerIds,
	/** The id of the capability it belongs to, e.g. `maintaining-curiosity`. */
	capability: contentId,
	/** Position within its capability, 1 to 7. */
	order: z.number({ error: 'must be a whole number: 1 for the first sub-capability' }).int().positive(),
	/** Title as the framework words it, e.g. "Curiosity of values & moral purpose". */
	title: text,
	/** The sub-capability's description, as the framework words it: shown wherever no one pathway's is. */
	description: plainText,
	/**
	 * A pathway's own wording of the description, by pathway id, only where that pathway's source
	 * differs from `description`, e.g. `pathway-3: "…"`. Shown on that pathway's pages. Default: none.
	 */
	pathwayDescriptions: z.record(contentId, plainText, { error: 'must map a pathway id to its wording, e.g. pathway-3: "…"' }).default({}),
});

export type SubCapabilityInput = z.input<typeof subCapabilitySchema>;
export type SubCapability = z.output<typeof subCapabilitySchema>;
