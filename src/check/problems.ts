/**
 * A problem in the content, worded for the editor who has to fix it:
 * `file:line  field › path: what is wrong, how to fix it`.
 */
import type { z } from 'zod';
import { issueSentence } from '../../schemas/issue-sentence.ts';
import { englishList } from '../lib/english-list.ts';
import { describePath, valueAt, type Path, type Problem, type SourceFile } from './where.ts';

export function formatProblem({ file, line, field, message }: Problem): string {
	return `${file}${line ? `:${line}` : ''}  ${field ? `${field}: ` : ''}${message}`;
}

/** The problems as an editor reads them in the terminal: a count, one line each, then what was skipped. */
export function formatReport(problems: Problem[], consequence: string, skipped: string[] = []): string {
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	const note = skippedNote(skipped);
	return [`Found ${count} in the content. ${consequence}`, '', ...problems.map((p) => `  ${formatProblem(p)}`), ...(note ? ['', note] : []), ''].join('\n');
}

/**
 * One line for the files that could not be read in full: the checks of other files against them were
 * skipped, so their problems are not buried under knock-on ones, and may follow once they are fixed.
 */
export function skippedNote(skipped: string[]): string | undefined {
	if (!skipped.length) return undefined;
	const [files, them] = skipped.length === 1 ? [skipped[0], 'it is'] : skipped.length <= 3 ? [englishList(skipped), 'they are'] : [`the ${skipped.length} files above`, 'they are'];
	return `Other files were not checked against ${files}: they will be once ${them} fixed.`;
}

/** A problem at a place in a file. */
export function problemAt(source: SourceFile, path: Path, message: string): Problem {
	return { file: source.file, line: source.lineOf(path), field: describePath(source.data, path) || undefined, message };
}

/** How many single-letter edits turn `a` into `b`, to spot a misspelt field or id. */
export function distance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++)
			next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length]!;
}

type SchemaDef = { shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; innerType?: unknown; in?: unknown; out?: unknown; options?: unknown[] };

/** Every field name a schema knows, at any depth: to suggest one for a misspelt optional field. */
export function fieldNames(schema: unknown, found = new Set<string>()): Set<string> {
	const def = (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
	if (!def) return found;
	for (const [key, value] of Object.entries(def.shape ?? {})) (found.add(key), fieldNames(value, found));
	for (const child of [def.element, def.valueType, def.innerType, def.in, def.out, ...(def.options ?? [])]) if (child) fieldNames(child, found);
	return found;
}

/** The fields an object schema cannot do without, in its order: to name them where none is written. */
export function requiredFields(schema: unknown): string[] {
	const shape = (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def?.shape ?? {};
	return Object.entries(shape).filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success).map(([key]) => key);
}

/**
 * Every issue of a failed schema check, as problems in `source` (paths are relative to `base`).
 * A misspelt field shows up to zod as an unknown field plus a missing one; they become one problem.
 * A misspelt optional field is only unknown: `fields`, the schema's field names, suggest the one meant.
 */
export function schemaProblems(source: SourceFile, error: z.ZodError, base: Path = [], fields: Set<string> = new Set()): Problem[] {
	const issues = error.issues
		.map((issue) => ({ ...issue, path: [...base, ...issue.path] }) as z.core.$ZodIssue)
		// A merge key ("<<") is reported by the reader, which says what to do instead.
		.map((issue) => (issue.code === 'unrecognized_keys' ? { ...issue, keys: issue.keys.filter((key) => key !== '<<') } : issue))
		.filter((issue) => issue.code !== 'unrecognized_keys' || issue.keys.length);
	// Any issue with a field that is absent (a type, or one of a list of values, as for areasFrom).
	const isMissing = (issue: z.core.$ZodIssue) => issue.code !== 'unrecognized_keys' && issue.path.length > 0 && valueAt(source.data, issue.path) === undefined;
	const parent = (issue: z.core.$ZodIssue) => JSON.stringify(issue.path.slice(0, -1));
	const misspelt = new Set<z.core.$ZodIssue>();
	const problems = issues.flatMap((issue) => {
		if (issue.code !== 'unrecognized_keys') return [];
		return issue.keys.flatMap((key) => {
			const missing = issues.find(
				(other) => isMissing(other) && parent(other) === JSON.stringify(issue.path) && distance(key, String(other.path.at(-1))) <= 2,
			);
			if (missing) misspelt.add(missing);
			const expected = missing ? String(missing.path.at(-1)) : [...fields].find((field) => field !== key && distance(key, field) <= 2);
			if (!expected) return [];
			return [problemAt(source, [...issue.path, key], `is not a field: did you mean "${expected}"? Correct the spelling`)];
		});
	});
	for (const issue of issues) {
		if (misspelt.has(issue)) continue;
		if (issue.code === 'unrecognized_keys') {
			const unknown = issue.keys.filter((key) => !problems.some((p) => p.field?.endsWith(key)));
			if (!unknown.length) continue;
			// At the first unknown key's own line, not the entry's first line.
			const problem = problemAt(source, issue.path, issueSentence({ ...issue, keys: unknown }, valueAt(source.data, issue.path)));
			problems.push({ ...problem, line: source.lineOf([...issue.path, unknown[0]!]) ?? problem.line });
		} else problems.push(problemAt(source, issue.path, issueSentence(issue, valueAt(source.data, issue.path))));
	}
	return problems;
}
