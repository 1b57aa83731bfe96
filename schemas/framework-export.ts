/**
 * The open data export, `/framework.json`: the whole framework in one document for other tools.
 * Every item is the record an editor writes, cut to what a reader of the framework needs and given
 * its permanent address. Fields come from the entity schemas, so the export cannot drift from them;
 * `/framework.schema.json` is generated from this schema.
 */
import { z } from 'zod';
import { attributeSchema } from './attribute.ts';
import { capabilitySchema } from './capability.ts';
import { contentId, url } from './common.ts';
import { curriculumAreaSchema } from './curriculum-area.ts';
import { frameworkSchema } from './framework.ts';
import { pathwaySchema } from './pathway.ts';
import { resourceSchema } from './resource.ts';
import { subCapabilitySchema } from './sub-capability.ts';

/** The item's permanent address on the site, absolute. */
const address = { url };
const attribute = attributeSchema.shape;
const pick = <T extends object, K extends keyof T>(shape: T, keys: K[]) => Object.fromEntries(keys.map((key) => [key, shape[key]])) as Pick<T, K>;

/** Where a resource's links to the framework come from: the site's editors (as `areasFrom` says of areas). */
const resourceLinksFrom = "Who published, developed or wrote each is as its source says; its links to the framework (pathways, capabilities, subCapabilities, areas) are the site's editors' judgement.";
const linked = (field: 'pathways' | 'capabilities' | 'subCapabilities' | 'areas', list: string) =>
	resourceSchema.shape[field].describe(`The ids of the ${list} it supports (${list}[].id): linked by the site's editors, their judgement.`);
const editorsLinks = {
	pathways: linked('pathways', 'pathways'),
	capabilities: linked('capabilities', 'capabilities'),
	subCapabilities: linked('subCapabilities', 'subCapabilities'),
	areas: linked('areas', 'curriculumAreas'),
};

export const frameworkExportSchema = z.strictObject({
	/** The absolute address of `/framework.schema.json`, the JSON Schema this document follows. */
	$schema: url,
	/** This site's content version, as `framework.version`: not an edition of Frontline's framework. */
	version: frameworkSchema.shape.version.describe("This site's content version (framework.version): not an edition of the framework's own documents."),
	/** The date of this site's content version, as `framework.date`. */
	date: frameworkSchema.shape.date.describe("The date of this site's content version (framework.date): not a date of the framework's own documents."),
	/** The framework as a whole. Its `summary` is the site's own sentence, not the sources' words. */
	framework: frameworkSchema.safeExtend({
		summary: frameworkSchema.shape.summary.describe("The site's own one-sentence summary of the framework, not words of its sources: each pathway's own introduction is pathways[].introduction."),
	}),
	/** The pathways, by number. */
	pathways: z.array(z.strictObject({
		/** Stable id, e.g. `pathway-2`. */
		id: contentId,
		...pathwaySchema.shape,
		/** The pathway's source's own introduction (the body of `content/pathways/<id>/pathway.mdx`), as plain text. */
		introduction: z.string().describe("The pathway's own introduction, in the words of its source document (the body of content/pathways/<id>/pathway.mdx), as plain text; empty if its page gives none."),
		...address,
	})),
	/** The four capabilities, in order; `formerIds` are the ids each had before a rename, as for attributes. */
	capabilities: z.array(capabilitySchema.pick({ id: true, code: true, formerIds: true, order: true, title: true, shortName: true, description: true }).extend(address)),
	/** The sub-capabilities, in framework order; `formerIds` as for capabilities. */
	subCapabilities: z.array(subCapabilitySchema.pick({ id: true, code: true, formerIds: true, capability: true, order: true, title: true, description: true, pathwayDescriptions: true }).extend(address)),
	/** Every effective attribute: by pathway, then in framework order. */
	attributes: z.array(z.strictObject({
		id: attribute.id,
		code: attribute.code,
		pathway: attribute.pathway,
		/** The capability its sub-capability belongs to. */
		capability: subCapabilitySchema.shape.capability,
		subCapability: attribute.subCapability,
		order: attribute.order,
		text: attribute.text,
		areas: attribute.areas.describe("The ids of its curriculum areas (curriculumAreas[].id). Whether the source gives them or the editors assigned them is areasFrom."),
		areasFrom: attribute.areasFrom,
		sourceSymbol: attribute.sourceSymbol,
		formerIds: attribute.formerIds,
		// Always a list, as formerIds: an importer need not tell "none" from "absent".
		formerCodes: attribute.formerCodes.unwrap().describe("The codes it was published with before it moved to another sub-capability; empty if it never moved. A code stored before a move (e.g. P2-CU1.9) means this attribute: no other ever takes it; each is listed once."),
		...address,
	})),
	/** The nine curriculum areas, in the legend's order. Their descriptions are the site's own, as /curriculum-areas/ says. */
	curriculumAreas: z.array(curriculumAreaSchema.safeExtend({
		description: curriculumAreaSchema.shape.description.describe("One plain sentence on what the area covers: the site's own summary, not the framework's words."),
		...address,
	})),
	/** The linked resources: their records only, without their prose or structured parts. Their links to the framework are the editors'. */
	resources: z.array(z.strictObject({
		/** Stable id, e.g. `expanding-capacity-in-practice`. */
		id: contentId,
		// From `.shape`: zod will not `.pick` from a schema with a refinement.
		...pick(resourceSchema.shape, [
			'title', 'kind', 'publishedIn', 'publisher', 'developedBy', 'commissionedBy', 'authors', 'writtenAt', 'published', 'updated', 'summary',
			'attribution', 'attributionItalic', 'sourceUrl',
		]),
		...editorsLinks,
		...address,
	})).describe(`The linked resources. ${resourceLinksFrom}`),
});

export type FrameworkExport = z.output<typeof frameworkExportSchema>;
