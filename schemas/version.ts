/**
 * A published version of the content, kept in `content/versions/<version>.json`: written by
 * `npm run links:publish`, never by hand. Versions are this site's versions of its content, not
 * Frontline's editions of the framework.
 */
import { z } from 'zod';
import { publicationDate, text } from './common.ts';

/** A version number: whole numbers separated by dots, e.g. 1.0 or 1.10. */
export const versionPattern = /^\d+(\.\d+)*$/;
export const versionNumber = z.string().regex(versionPattern, { error: 'must be whole numbers separated by dots, e.g. "1.1"' });

// Only the fields compared between versions are checked, loosely: a snapshot is the document as it
// was then, and must stay readable when the export gains or changes fields later.
const heading = z.looseObject({
	id: z.string(), code: z.string(), title: z.string(), description: z.string(), capability: z.string().optional(), formerIds: z.array(z.string()).optional(),
	/** A sub-capability's description as a pathway words it, by pathway id; compared too (src/lib/versions/diff.ts). Absent before it was kept. */
	pathwayDescriptions: z.record(z.string(), z.string()).optional(),
});

/** The open-data document of that version, as `/framework.json` was when it was published. */
export const versionDocumentSchema = z.looseObject({
	pathways: z.array(z.looseObject({ id: z.string(), number: z.number(), title: z.string(), audience: z.string() })),
	capabilities: z.array(heading),
	subCapabilities: z.array(heading),
	attributes: z.array(z.looseObject({
		id: z.string(),
		code: z.string(),
		pathway: z.string(),
		capability: z.string(),
		subCapability: z.string(),
		order: z.number(),
		text: z.string(),
		areas: z.array(z.string()),
		areasFrom: z.string(),
		sourceSymbol: z.string().optional(),
		formerIds: z.array(z.string()).default([]),
	})),
	curriculumAreas: z.array(z.looseObject({ id: z.string(), title: z.string() })),
});

export const versionSnapshotSchema = z.strictObject({
	/** The version number, e.g. "1.0"; also the file's name. */
	version: versionNumber,
	/** The day it was published: `framework.date` at the time. */
	date: publicationDate,
	/** What changed in it, in a sentence or two: `framework.versionNote` at the time. */
	note: text,
	/** The whole content of that version. */
	document: versionDocumentSchema,
});

export type VersionDocument = z.output<typeof versionDocumentSchema>;
export type VersionSnapshot = z.output<typeof versionSnapshotSchema>;
