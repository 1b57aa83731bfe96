/**
 * The content's collections, each with its schema: the one list that the Astro collections
 * (`src/content.config.ts`), the checker (`src/check/validate.ts`) and the tests' in-memory
 * framework all take their schemas from. A collection added here without a loader in
 * `content.config.ts` does not typecheck.
 */
import {
	attributeFileSchema,
	attributeSchema,
	capabilitySchema,
	curriculumAreaSchema,
	frameworkSchema,
	pathwaySchema,
	resourceSchema,
	sitePageSchema,
	subCapabilitySchema,
	versionSnapshotSchema,
} from '../../schemas/index.ts';

export const collectionSchemas = {
	framework: frameworkSchema,
	capabilities: capabilitySchema,
	subCapabilities: subCapabilitySchema,
	curriculumAreas: curriculumAreaSchema,
	pathways: pathwaySchema,
	/** One attribute; editors write them a pathway's file at a time (`attributeFile`). */
	attributes: attributeSchema,
	resources: resourceSchema,
	versions: versionSnapshotSchema,
	sitePages: sitePageSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;

/** A pathway's `attributes.yaml` as a whole, as the checker reads it before the loader flattens it. */
export const attributeFile = attributeFileSchema;
