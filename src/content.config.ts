/**
 * Connects each collection to its files (see `src/collections/content-paths.ts`) and its schema,
 * behind the content check (`checked`), so that a preview reports bad content as `npm run check` does.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { attributeLoader } from './collections/attribute-loader.ts';
import { checked } from './collections/checked.ts';
import { collectionSchemas as schemas, type CollectionName } from './collections/collections.ts';
import { contentDir, idFromPath, layout } from './collections/content-paths.ts';
import { versionLoader } from './collections/version-loader.ts';

const base = contentDir();
const byPath = ({ entry }: { entry: string }) => idFromPath(entry);

export const collections = {
	framework: defineCollection({
		// One record: keyed by "framework" so the file loader takes the whole file as one entry.
		loader: checked(file(`${base}/${layout.framework}`, { parser: (text) => ({ framework: parse(text) }) })),
		schema: schemas.framework,
	}),
	capabilities: defineCollection({ loader: checked(file(`${base}/${layout.capabilities}`)), schema: schemas.capabilities }),
	subCapabilities: defineCollection({ loader: checked(file(`${base}/${layout.subCapabilities}`)), schema: schemas.subCapabilities }),
	curriculumAreas: defineCollection({ loader: checked(file(`${base}/${layout.curriculumAreas}`)), schema: schemas.curriculumAreas }),
	pathways: defineCollection({ loader: checked(glob({ base, pattern: layout.pathways, generateId: byPath })), schema: schemas.pathways }),
	attributes: defineCollection({ loader: attributeLoader(), schema: schemas.attributes }),
	resources: defineCollection({ loader: checked(glob({ base, pattern: layout.resources, generateId: byPath })), schema: schemas.resources }),
	versions: defineCollection({ loader: versionLoader(), schema: schemas.versions }),
	sitePages: defineCollection({ loader: checked(glob({ base, pattern: layout.sitePages, generateId: byPath })), schema: schemas.sitePages }),
} satisfies Record<CollectionName, unknown>;
