/**
 * The one place a zod issue becomes a sentence a person can act on: what is wrong with the value,
 * in the terms of the file they edit, and how to fix it. `npm run check`, the preview's loaders and
 * the planner's import all word their problems with it.
 */
import type { z } from 'zod';

export interface IssueWording {
	/** How to word fields the schema does not know. */
	unknownFields(keys: string[]): string;
	/** How to word a field that is missing. */
	missing(field: string): string;
}

/** For editors of the content files. */
export const editorWording: IssueWording = {
	unknownFields: (keys) =>
		`has an unknown field ${keys.map((key) => `"${key}"`).join(', ')}: check its spelling against the README's content guide, or remove it`,
	missing: (field) => `is missing: add "${field}:" to this entry`,
};

/** What is wrong with `value` (the value at the issue's path), e.g. `is missing: add "title:" to this entry`. */
export function issueSentence(issue: z.core.$ZodIssue, value: unknown, wording: IssueWording = editorWording): string {
	if (issue.code === 'unrecognized_keys') return wording.unknownFields(issue.keys);
	if (issue.code === 'invalid_type' && value === undefined) return wording.missing(String(issue.path.at(-1)));
	// What YAML made of a slip, said in the editor's terms rather than zod's.
	if (issue.code === 'invalid_type' && value === null) return 'is empty: write its value after the colon';
	if (issue.code === 'invalid_type' && issue.expected === 'array' && typeof value === 'string')
		return `must be a list: put it in square brackets, e.g. [${value.split(/[\s,]+/).filter(Boolean).join(', ')}]`;
	if (issue.code === 'invalid_type' && issue.expected === 'string' && value && typeof value === 'object' && !Array.isArray(value))
		return 'must be text, but YAML read a ": " in it as the start of a field: put the whole text in double quotes';
	if (issue.code === 'invalid_format' && typeof value === 'string' && /^[a-z0-9-]+(\s+[a-z0-9-]+)+$/.test(value.trim()))
		return `looks like several ids: separate them with commas, e.g. [${value.trim().split(/\s+/).join(', ')}]`;
	// The schemas' own `error:` texts are already sentences for editors.
	return issue.message;
}
