/**
 * A resource linked from the framework: practical strategies, evidence, a related framework or a
 * reading list. Each is `content/resources/<resource-id>.mdx`: this record as frontmatter, and
 * prose only in the body. Structured parts (strategies, findings, domains, references) are data here.
 */
import { z } from 'zod';
import { idList, publicationDate, text, url } from './common.ts';
import { learningModelSchema, referenceSchema, resourceDomainSchema, strategyGroupSchema } from './resource-parts.ts';

export const resourceKind = z.enum(['practical-strategies', 'evidence', 'related-framework', 'reading-list'], {
	error: 'must be one of: practical-strategies, evidence, related-framework, reading-list',
});

export const resourceSchema = z.strictObject({
	/** The resource's own title. */
	title: text,
	/** What sort of resource it is. */
	kind: resourceKind,
	/** The publication it is part of, as its source names it, e.g. 'section 5 of 6 of "Pathway 2: Expanding capacity"'. */
	publishedIn: text.optional(),
	/** Who published it, only where the source says so. At least one of publisher, developedBy, commissionedBy. */
	publisher: text.optional(),
	/** Who developed it, in the source's words, e.g. "Frontline, in collaboration with the Department for Education". */
	developedBy: text.optional(),
	/** Who commissioned it, where the source says so, e.g. "Scottish Social Services Council". */
	commissionedBy: text.optional(),
	/** The people who wrote it, as published; empty when no author is named. */
	authors: z.array(text).default([]),
	/** Where its authors wrote it, as the source names it, e.g. "University of Stirling". */
	writtenAt: text.optional(),
	/** When it was published, only where the source gives the date. */
	published: publicationDate.optional(),
	/** When it was last updated, if the source says. */
	updated: publicationDate.optional(),
	/** One or two plain sentences on what it is and why it matters here. */
	summary: text,
	/** How a reader should cite it: a Harvard (Cite Them Right) reference made only of what the source gives ("no date" where it gives none). */
	attribution: text,
	/** The words of `attribution` that Cite Them Right sets in italics (the report's, journal's or module's title), as they appear in it. */
	attributionItalic: text.optional(),
	/** Where the original can be read, only if known. */
	sourceUrl: url.optional(),
	/** Pathway ids it supports. */
	pathways: idList.default([]),
	/** Capability ids it supports. */
	capabilities: idList.default([]),
	/** Sub-capability ids it most directly supports. */
	subCapabilities: idList.default([]),
	/** Curriculum-area ids it most directly supports. */
	areas: idList.default([]),
	/** Practical strategies, in groups. */
	strategyGroups: z.array(strategyGroupSchema).optional(),
	/** Key findings, in short factual points. */
	keyFindings: z.array(text).optional(),
	/** The domains of a related framework, with their learning outcomes. */
	domains: z.array(resourceDomainSchema).optional(),
	/** A model of learning the resource describes. */
	learningModel: learningModelSchema.optional(),
	/** Works it lists, as structured references. */
	references: z.array(referenceSchema).optional(),
	/** The heading the source gives the works it lists, e.g. "Appendix One: …" ("Reading list" where it gives none). */
	referencesTitle: text.optional(),
	/** A last section the source prints after its structured parts, e.g. "Over to you". */
	closing: z.strictObject({ title: text, text }).optional(),
}).refine((resource) => resource.publisher || resource.developedBy || resource.commissionedBy, {
	path: ['publisher'],
	error: 'is missing: say who published it (publisher:), developed it (developedBy:) or commissioned it (commissionedBy:), as the source says',
}).refine((resource) => !resource.attributionItalic || resource.attribution.includes(resource.attributionItalic), {
	path: ['attributionItalic'],
	error: 'is not part of attribution: copy the title to set in italics exactly as attribution writes it',
});

export type ResourceInput = z.input<typeof resourceSchema>;
export type Resource = z.output<typeof resourceSchema>;
