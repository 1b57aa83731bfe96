/** One of the nine curriculum areas of the Pathways programme that attributes link to. */
import { z } from 'zod';
import { contentId, text } from './common.ts';

export const curriculumAreaSchema = z.strictObject({
	/** Stable id, e.g. `making-decisions`. Never change it once published. */
	id: contentId,
	/** Position in the framework's legend, 1 to 9. */
	order: z.number({ error: 'must be a whole number: 1 for the first area' }).int().positive(),
	/** Title as the legend words it, e.g. "Making Decisions". */
	title: text,
	/** One plain sentence on what the area covers. */
	description: text,
	/** The symbol the source documents print for this area, where one is known. */
	sourceSymbol: text.optional(),
	/** Why this symbol stands for this area: the evidence from the statements that carry it. */
	symbolReasoning: text.optional(),
}).refine((area) => !area.sourceSymbol || area.symbolReasoning, {
	path: ['symbolReasoning'],
	error: 'is missing: say why this symbol stands for this area',
});

export type CurriculumAreaInput = z.input<typeof curriculumAreaSchema>;
export type CurriculumArea = z.output<typeof curriculumAreaSchema>;
