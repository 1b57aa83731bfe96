/**
 * Reads content files for validation, keeping track of where every value sits so that each
 * problem can name its line. YAML syntax and MDX syntax errors become problems, never exceptions.
 */
import { readFile } from 'node:fs/promises';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export type Path = readonly PropertyKey[];

export interface SourceFile {
	/** Path relative to the project root, as editors see it. */
	file: string;
	/** The parsed data (YAML, or an MDX file's frontmatter); undefined when it could not be read. */
	data: unknown;
	/** The line (from 1) of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: Path): number | undefined;
	/** Problems with the file's syntax. */
	problems: Problem[];
}

function fromYaml(file: string, yamlText: string, firstLine: number): SourceFile {
	const lines = new LineCounter();
	const doc: Document = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
	// Only the first syntax error: after it, YAML's later complaints are mostly echoes of it.
	const problems: Problem[] = doc.errors.slice(0, 1).map((error) => ({
		file,
		line: (lines.linePos(error.pos[0]).line ?? 1) + firstLine - 1,
		message: `is not valid YAML: ${error.message.split('\n')[0]}. Check the indentation and that text containing ": " is in quotes.`,
	}));
	const lineOf = (path: Path): number | undefined => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + firstLine - 1;
		}
		return undefined;
	};
	return { file, data: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

export async function readYaml(absolutePath: string, file: string): Promise<SourceFile> {
	return fromYaml(file, await readFile(absolutePath, 'utf8'), 1);
}

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** Reads an MDX file: its frontmatter as data, and whether its body parses as MDX. */
export async function readMdx(absolutePath: string, file: string): Promise<SourceFile & { body: string }> {
	const source = await readFile(absolutePath, 'utf8');
	let tree;
	try {
		tree = mdxParser.parse(source);
	} catch (error) {
		const { line, reason } = error as { line?: number; reason?: string };
		const message = `is not valid MDX: ${reason ?? String(error)}. Check for an unclosed "<" or "{", or escape it as \\< or \\{.`;
		return { file, data: undefined, lineOf: () => undefined, problems: [{ file, line, message }], body: '' };
	}
	const frontmatter = tree.children[0];
	if (frontmatter?.type !== 'yaml') {
		const message = 'has no frontmatter: start the file with a line "---", the fields, then another "---".';
		return { file, data: undefined, lineOf: () => undefined, problems: [{ file, line: 1, message }], body: source };
	}
	const body = source.slice(frontmatter.position?.end.offset ?? 0);
	return { ...fromYaml(file, frontmatter.value, (frontmatter.position?.start.line ?? 1) + 1), body };
}
