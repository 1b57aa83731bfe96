/**
 * A pathway of the Pathways programme: one level of leadership (e.g. Pathway 2, middle leaders).
 * Each lives in `content/pathways/<pathway-id>/`: `pathway.mdx` (this record as frontmatter, its
 * introduction as the body) beside `attributes.yaml`. The id is the folder name, `pathway-<number>`.
 */
import { z } from 'zod';
import { text } from './common.ts';

export const pathwaySchema = z.strictObject({
	/** The pathway's number (the Pathways programme has 1 to 4); the folder must be named `pathway-<number>`. */
	number: z
		.number({ error: 'must be a whole number, e.g. 2' })
		.int({ error: 'must be a whole number, e.g. 2' })
		.min(1, { error: 'must be a whole number, e.g. 2' }),
	/** Who the pathway is named for, e.g. "Middle Leaders". */
	title: text,
	/** Who it is for, in one plain sentence, in its sources' words (shown under its title). */
	audience: text,
	/**
	 * How the site came by its attributes' curriculum areas, in one plain sentence, from what its
	 * source shows: needed wherever the source does not print the areas' names (areasFrom other than
	 * `source`); printed where its areas are shown, beside a link to "About this content".
	 */
	areasAssigned: text.optional(),
});

export type PathwayInput = z.input<typeof pathwaySchema>;
export type Pathway = z.output<typeof pathwaySchema>;
