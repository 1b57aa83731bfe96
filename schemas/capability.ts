/** One of the four capabilities of the 4C framework, e.g. Maintaining Curiosity. */
import { z } from 'zod';
import { contentId, formerIds, plainText, text } from './common.ts';

export const capabilitySchema = z.strictObject({
	/** Stable id, e.g. `maintaining-curiosity`. Never change it once published. */
	id: contentId,
	/** Citation code: two capital letters, e.g. `CU`. Part of every code below it; never reused. */
	code: z.string().regex(/^[A-Z]{2}$/, { error: 'must be two capital letters, e.g. CU' }),
	/** Ids it was published under before (see the README on renaming). */
	formerIds,
	/** Position in the framework: 1 for Curiosity to 4 for Capacity. */
	order: z.number({ error: 'must be a whole number: 1 for the first capability' }).int().positive(),
	/** Full title, e.g. "Maintaining Curiosity". */
	title: text,
	/** The one word the 4C circle uses, e.g. "Curiosity". */
	shortName: text,
	/** The capability's description, as the framework words it. */
	description: plainText,
});

export type CapabilityInput = z.input<typeof capabilitySchema>;
export type Capability = z.output<typeof capabilitySchema>;
