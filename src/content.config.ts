/**
 * Connects each collection to its files (see `src/collections/content-paths.ts`) and its schema,
 * behind the content check (`checked`), so that a preview reports bad content as `npm run check` does.
 */
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
import { attributeLoader } from './collections/attribute-loader.ts';
import { checked } from './collections/checked.ts';
import { contentDir, idFromPath, layout } from './collections/content-paths.ts';

const base = contentDir();
const byPath = ({ entry }: { entry: string }) => idFromPath(entry);

export const collections = {
	framework: defineCollection({
		// One record: keyed by "framework" so the file loader takes the whole file as one entry.
		loader: checked(file(`${base}/${layout.framework}`, { parser: (text) => ({ framework: parse(text) }) })),
		schema: frameworkSchema,
	}),
	capabilities: defineCollection({ loader: checked(file(`${base}/${layout.capabilities}`)), schema: capabilitySchema }),
	subCapabilities: defineCollection({ loader: checked(file(`${base}/${layout.subCapabilities}`)), schema: subCapabilitySchema }),
	curriculumAreas: defineCollection({ loader: checked(file(`${base}/${layout.curriculumAreas}`)), schema: curriculumAreaSchema }),
	pathways: defineCollection({ loader: checked(glob({ base, pattern: layout.pathways, generateId: byPath })), schema: pathwaySchema }),
	attributes: defineCollection({ loader: attributeLoader(), schema: attributeSchema }),
	resources: defineCollection({ loader: checked(glob({ base, pattern: layout.resources, generateId: byPath })), schema: resourceSchema }),
	sitePages: defineCollection({ loader: checked(glob({ base, pattern: layout.sitePages, generateId: byPath })), schema: sitePageSchema }),
};
