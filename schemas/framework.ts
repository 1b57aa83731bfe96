/** The framework as a whole: what it is, who publishes it and where the text comes from. */
import { z } from 'zod';
import { publicationDate, text } from './common.ts';

/** One source document the content was transcribed from. */
export const sourceDocumentSchema = z.strictObject({
	/** The document's own title. */
	title: text,
	/** What the site takes from it and any known artefacts of the copy we had. */
	description: text,
});

export const frameworkSchema = z.strictObject({
	/** The framework's name, e.g. "Leadership Capability Framework". */
	title: text,
	/** One or two plain sentences: what the framework is and who it is for. */
	summary: text,
	/** Who owns and publishes the framework. */
	publisher: text,
	/** The documents the content was transcribed from. */
	sources: z.array(sourceDocumentSchema).min(1, { error: 'must list at least one source document' }),
	/** This site's version of its content (not a Frontline edition), e.g. "1.0". Raise it when statements change. */
	version: text,
	/** The date this version of the content was published. */
	date: publicationDate,
	/** What changed in this version, in a sentence or two, for `/versions/`. Write a new one when you raise `version`. */
	versionNote: text.optional(),
});

export type FrameworkInput = z.input<typeof frameworkSchema>;
export type Framework = z.output<typeof frameworkSchema>;
