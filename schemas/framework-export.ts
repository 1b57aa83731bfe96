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

export const frameworkExportSchema = z.strictObject({
	/** The absolute address of `/framework.schema.json`, the JSON Schema this document follows. */
	$schema: url,
	/** The edition of the content, as `framework.version`. */
	version: frameworkSchema.shape.version,
	/** The date of the edition, as `framework.date`. */
	date: frameworkSchema.shape.date,
	/** The framework as a whole. */
	framework: frameworkSchema,
	/** The pathways, by number. */
	pathways: z.array(z.strictObject({
		/** Stable id, e.g. `pathway-2`. */
		id: contentId,
		...pathwaySchema.shape,
		...address,
	})),
	/** The four capabilities, in order. */
	capabilities: z.array(capabilitySchema.pick({ id: true, code: true, order: true, title: true, shortName: true, description: true }).extend(address)),
	/** The sub-capabilities, in framework order. */
	subCapabilities: z.array(subCapabilitySchema.pick({ id: true, code: true, capability: true, order: true, title: true, description: true }).extend(address)),
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
		areas: attribute.areas,
		areasFrom: attribute.areasFrom,
		sourceSymbol: attribute.sourceSymbol,
		formerIds: attribute.formerIds,
		...address,
	})),
	/** The nine curriculum areas, in the legend's order. */
	curriculumAreas: z.array(curriculumAreaSchema.safeExtend(address)),
	/** The linked resources: their records only, without their prose or structured parts. */
	resources: z.array(z.strictObject({
		/** Stable id, e.g. `expanding-capacity-in-practice`. */
		id: contentId,
		...resourceSchema.pick({
			title: true, kind: true, publisher: true, authors: true, published: true, updated: true, summary: true, attribution: true,
			sourceUrl: true, pathways: true, capabilities: true, subCapabilities: true, areas: true,
		}).shape,
		...address,
	})),
});

export type FrameworkExport = z.output<typeof frameworkExportSchema>;
