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
	/**
	 * Whom this site cites as the framework's authors: its judgement, as the framework's documents name no author or
	 * publisher, taken from the line `publisherFrom` quotes, which says it of the Pathway 2 module's resources. Not a
	 * publisher (the field keeps the name the open data was published with).
	 */
	publisher: text.describe(
		"Whom this site cites as the framework's authors: the site's own judgement, as the framework's documents name no author or publisher. Taken from the line quoted in publisherFrom, which says it of the Pathway 2 module's resources, not of the framework. Not a publisher: the field keeps the name the open data was published with.",
	),
	/** Where `publisher` is taken from, as its framework documents name no publisher, e.g. a page's footer. */
	publisherFrom: text,
	/** The documents the content was transcribed from. */
	sources: z.array(sourceDocumentSchema).min(1, { error: 'must list at least one source document' }),
	/** This site's content version, e.g. "1.0" (not an edition of the framework's documents). Raise it when statements change. */
	version: text,
	/** The date of this site's content version (the sources' own dates are in `sources`). */
	date: publicationDate,
	/** What changed in this version, in a sentence or two, for `/versions/`. Write a new one when you raise `version`. */
	versionNote: text.optional(),
});

export type FrameworkInput = z.input<typeof frameworkSchema>;
export type Framework = z.output<typeof frameworkSchema>;
