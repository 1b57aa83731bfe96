/**
 * The shipped content, read as `npm run check` reads it, for tests to derive their counts from:
 * an editor who adds an attribute changes what these return, not the tests.
 * (`tests/content/integrity.test.ts` is the one test that pins the content itself.)
 */
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent } from '../../src/check/validate.ts';
import { projectRoot } from './fixtures.ts';

const { content } = await validateContent(projectRoot);

/** Every attribute, pathway by pathway. */
export const attributes = content.attributeFiles.flatMap((file) => attributesFromFile(file.id!, file.value));
/** The pathways in number order. */
export const pathways = content.pathways.map((p) => ({ id: p.id!, ...p.value })).sort((a, b) => a.number - b.number);
export const capabilities = content.capabilities.map((c) => c.value);
export const curriculumAreas = content.curriculumAreas.map((a) => a.value);
export const subCapabilities = content.subCapabilities.map((s) => s.value);
/** The resources, by file name, with their frontmatter. */
export const resources = content.resources.map((r) => ({ id: r.id!, value: r.value }));

/** The attributes of a pathway, optionally only those in one curriculum area. */
export const attributesOf = (pathway: string, area?: string) => attributes.filter((a) => a.pathway === pathway && (!area || a.areas.includes(area)));
