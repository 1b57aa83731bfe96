/**
 * Where in the content a problem sits: the file as read, a path into its data, and the problem
 * itself. Reading (`read.ts`) and wording (`problems.ts`) both use these, and neither imports the other.
 */

/** A path into a file's data: field names, and list positions from 0. */
export type Path = readonly PropertyKey[];

/** A problem in the content, worded for the editor who has to fix it. */
export interface Problem {
	/** Path relative to the project root. */
	file: string;
	line?: number | undefined;
	/** Where in the file, e.g. `curiosity-of-self › #2 (p2-clear-on-strengths) › areas`. */
	field?: string | undefined;
	/** What is wrong and how to fix it. */
	message: string;
}

export interface SourceFile {
	/** Path relative to the project root, as editors see it. */
	file: string;
	/** The parsed data (YAML, or an MDX file's frontmatter); undefined when it could not be read. */
	data: unknown;
	/** The line (from 1) of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: Path): number | undefined;
	/** The file's line of line `line` (from 1) of the text at `path`: its own line in a `|` block, else the key's. */
	lineInText?(path: Path, line: number): number | undefined;
	/** Problems with the file's syntax. */
	problems: Problem[];
	/** An MDX file's links (Markdown and `<a href>`), with their lines, for the rules to check the site's own. */
	links?: { url: string; line: number | undefined; field?: string | undefined }[];
}

/** The value at `path` in `data`, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
	return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

/** A path an editor can follow: names for fields, `#n (id)` for the nth item of a list. */
export function describePath(data: unknown, path: Path): string {
	return path
		.map((key, index) => {
			if (typeof key !== 'number') return String(key);
			const id = (valueAt(data, path.slice(0, index + 1)) as { id?: unknown } | undefined)?.id;
			return typeof id === 'string' ? `#${key + 1} (${id})` : `#${key + 1}`;
		})
		.join(' › ');
}
