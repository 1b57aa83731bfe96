/** Connects each collection to its files (see `src/source/layout.ts`) and its schema. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
	attributeSchema,
	capabilitySchema,
	curriculumAreaSchema,
	frameworkSchema,
	pathwaySchema,
	resourceSchema,
	sitePageSchema,
	subCapabilitySchema,
} from '../schemas/index.ts';
import { attributeLoader } from './source/attribute-loader.ts';
import { contentDir, idFromPath, layout } from './source/layout.ts';

const base = contentDir();
const byPath = ({ entry }: { entry: string }) => idFromPath(entry);

export const collections = {
	framework: defineCollection({
		// One record: keyed by "framework" so the file loader takes the whole file as one entry.
		loader: file(`${base}/${layout.framework}`, { parser: (text) => ({ framework: parse(text) }) }),
		schema: frameworkSchema,
	}),
	capabilities: defineCollection({ loader: file(`${base}/${layout.capabilities}`), schema: capabilitySchema }),
	subCapabilities: defineCollection({ loader: file(`${base}/${layout.subCapabilities}`), schema: subCapabilitySchema }),
	curriculumAreas: defineCollection({ loader: file(`${base}/${layout.curriculumAreas}`), schema: curriculumAreaSchema }),
	pathways: defineCollection({ loader: glob({ base, pattern: layout.pathways, generateId: byPath }), schema: pathwaySchema }),
	attributes: defineCollection({ loader: attributeLoader(), schema: attributeSchema }),
	resources: defineCollection({ loader: glob({ base, pattern: layout.resources, generateId: byPath }), schema: resourceSchema }),
	sitePages: defineCollection({ loader: glob({ base, pattern: layout.sitePages, generateId: byPath }), schema: sitePageSchema }),
};
