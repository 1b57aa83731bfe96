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
	/** The version of this edition of the content, e.g. "1.0". Raise it when statements change. */
	version: text,
	/** The date this edition of the content was published. */
	date: publicationDate,
});

export type FrameworkInput = z.input<typeof frameworkSchema>;
export type Framework = z.output<typeof frameworkSchema>;
