/**
 * An effective attribute: one statement of what a leader on a pathway demonstrates.
 * Editors write them in `content/pathways/<pathway-id>/attributes.yaml`, grouped by
 * sub-capability (`attributeFileSchema`); the loader adds the pathway, sub-capability and order.
 */
import { z } from 'zod';
import { contentId, formerIds, idList, plainText, text } from './common.ts';

/**
 * Where an attribute's curriculum areas come from: `source`, the source document prints the area;
 * `source-symbol`, it prints a symbol and the area is the editors' reading of that symbol
 * (reasoned in `curriculum-areas.yaml`); `editorial`, the editors assigned the areas.
 */
export const areasFrom = z
	.enum(['source', 'source-symbol', 'editorial'], {
		error: 'must be "source" (the source prints the area), "source-symbol" (it prints a symbol; the area is our reading of it) or "editorial" (we assigned the areas)',
	})
	.describe(
		'Where the areas come from: "source", the source document prints them; "source-symbol", it prints a symbol (sourceSymbol) and the area is the editors\' reading of that symbol; "editorial", the editors assigned them.',
	);

/** `P<pathway>-<sub-capability code>.<number>`, e.g. `P2-CU1.2`. */
const attributeCode = z.string().regex(/^P[1-9][0-9]*-[A-Z]{2}[1-9][0-9]*\.[1-9][0-9]*$/, { error: 'must be written P<pathway>-<sub-capability code>.<number>, e.g. P2-CU1.2' });

/** One attribute as an editor writes it. */
export const attributeEntrySchema = z
	.strictObject({
		/** Stable id, e.g. `p2-role-models-curiosity`. Written once, never derived from text or position. */
		id: contentId,
		/** Citation code: `P<pathway>-<sub-capability code>.<n>`, e.g. `P2-CU1.2`. Written once; never reused. */
		code: attributeCode,
		/**
		 * Codes it was published under before, in another sub-capability it has moved from: citations
		 * of them still find it, and no other item may take them (see the README on moving an attribute).
		 */
		formerCodes: z
			.array(attributeCode, { error: 'must be a list of the codes it had before, e.g. formerCodes: [P2-CU1.9]' })
			// At the repeat's own line when the list is written one code a line.
			.superRefine((codes, context) => codes.forEach((code, index) => codes.indexOf(code) < index && context.addIssue({ code: 'custom', path: [index], message: `${code} is listed twice: list each former code once` })))
			// For the open data's JSON Schema, which cannot express the refinement.
			.meta({ uniqueItems: true })
			.optional(),
		/** Ids it was published under before (see the README on renaming). */
		formerIds,
		/** The statement, word for word as the framework has it, as plain text (the site shows it as written). */
		text: plainText,
		/** The curriculum areas it links to: one or more area ids. */
		areas: idList.min(1, { error: 'must list at least one curriculum area, e.g. areas: [making-decisions]' }),
		/** Where its areas come from: `source`, `source-symbol` or `editorial` (see `areasFrom`). */
		areasFrom,
		/** The symbol printed beside the statement in the source; required when `areasFrom` is `source-symbol`. */
		sourceSymbol: text.optional(),
	})
	.refine((entry) => entry.areasFrom !== 'source-symbol' || entry.sourceSymbol, {
		path: ['sourceSymbol'],
		error: 'is missing: with areasFrom: source-symbol, copy the symbol the source prints beside the statement',
	})
	.refine((entry) => entry.areasFrom === 'source-symbol' || !entry.sourceSymbol, {
		path: ['sourceSymbol'],
		error: 'goes only with areasFrom: source-symbol (the source prints a symbol): remove it, or set areasFrom: source-symbol',
	});

/** A pathway's `attributes.yaml`: sub-capability id → its attributes, in order. */
export const attributeFileSchema = z.record(
	contentId,
	z.array(attributeEntrySchema, { error: 'must be a list of attributes, each starting with "- id:"' }).min(1, {
		error: 'has no attributes: every sub-capability needs at least one on every pathway',
	}),
	{ error: 'must map each sub-capability id to its list of attributes' },
);

/** An attribute as the site uses it. */
export const attributeSchema = z.strictObject({
	...attributeEntrySchema.shape,
	/** The pathway it belongs to, e.g. `pathway-2` (the folder it is written in). */
	pathway: contentId,
	/** The sub-capability it belongs to (the key it is listed under). */
	subCapability: contentId,
	/** Position within its sub-capability on its pathway, from 1. */
	order: z.number().int().positive(),
});

export type AttributeEntryInput = z.input<typeof attributeEntrySchema>;
export type AttributeFile = z.output<typeof attributeFileSchema>;
export type Attribute = z.output<typeof attributeSchema>;
