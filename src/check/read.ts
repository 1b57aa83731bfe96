/**
 * Reads content files for validation, keeping track of where every value sits so that each
 * problem can name its line. YAML syntax and MDX syntax errors become problems, never exceptions.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import { duplicateKeys, invisibleCharacters, yamlTraps } from './yaml-traps.ts';
import { checkMdxBody, type MdxNode } from './mdx-body.ts';
import { readText } from './read-text.ts';
import { valueCharacters } from './value-characters.ts';
import { yamlSyntaxError } from './yaml-errors.ts';
import { pathOf } from './yaml-path.ts';
import { describePath, type Path, type Problem, type SourceFile } from './where.ts';

function fromYaml(file: string, yamlText: string, firstLine: number): SourceFile {
	const lines = new LineCounter();
	// Keys written twice are reported by `duplicateKeys`, naming the key, rather than as YAML's bare error.
	const doc: Document = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
	const lineAt = (offset: number) => lines.linePos(offset).line + firstLine - 1;
	// Only the first syntax error: after it, YAML's later complaints are mostly echoes of it.
	const problems: Problem[] = doc.errors.slice(0, 1).map((error) => {
		// In plain English, at the line to change (counted within the YAML, then shifted as the file has it).
		const { line, message } = yamlSyntaxError(error, lines.linePos(error.pos[0]).line, yamlText);
		return { file, line: line + firstLine - 1, message: `is not valid YAML: ${message}` };
	});
	if (!problems.length && doc.contents === null && firstLine === 1)
		problems.push({ file, line: 1, message: 'is empty: it has no entries at all. Undo the change that emptied it, or write its entries as the other files of its kind have them' });
	const lineOf = (path: Path): number | undefined => {
		for (let depth = path.length; depth >= 0; depth--) {
			const parent = depth === 0 ? undefined : depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
			// A field's line is its key's, not where its value starts (a list starts at its first item).
			const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]) : undefined;
			const node = pair && isScalar(pair.key) ? pair.key : depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return lineAt(node.range[0]);
		}
		return undefined;
	};
	const lineInText = (path: Path, line: number) => {
		const node = doc.getIn(path as unknown[], true);
		// A "|" block keeps its lines as written, starting on the line after its key.
		return isScalar(node) && node.type === 'BLOCK_LITERAL' && node.range ? lineAt(node.range[0]) + line : lineOf(path);
	};
	if (!problems.length) problems.push(...duplicateKeys(file, doc, lineAt), ...yamlTraps(file, doc, lineAt));
	problems.push(...invisibleCharacters(file, yamlText, firstLine));
	const data = doc.errors.length || doc.contents === null && firstLine === 1 ? undefined : doc.toJS();
	if (data !== undefined) problems.push(...cutByComments(file, doc, data, lineAt), ...valueCharacters(file, doc, yamlText, data, lineAt));
	return { file, data, lineOf, lineInText, problems };
}

/**
 * Unquoted text stops at " #", which YAML reads as the start of a comment: `text: Knows it #1 priority`
 * is "Knows it". Such text is a problem, not a comment, when the "#" is on the same line.
 */
function cutByComments(file: string, doc: Document, data: unknown, lineAt: (offset: number) => number): Problem[] {
	const problems: Problem[] = [];
	visit(doc, {
		Scalar(_, node, ancestors) {
			if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.comment || !node.range) return;
			// Words, then "#" and more words ("the #1 priority"): a note after an id or a value ("id: x  # note")
			// has a space after its "#", and is a comment as meant.
			if (!node.value.includes(' ') || /^\s/.test(node.comment)) return;
			const [, valueEnd, nodeEnd] = node.range;
			if (nodeEnd <= valueEnd || lineAt(valueEnd) !== lineAt(nodeEnd - 1)) return;
			const path = pathOf(ancestors, node);
			const cut = `#${node.comment}`;
			// JSON's quoting is YAML's double quoting: inner quotes come out escaped.
			const quoted = JSON.stringify(`${node.value} ${cut}`);
			problems.push({
				file,
				line: lineAt(valueEnd),
				field: describePath(data, path) || undefined,
				message: `is cut short: " #" starts a comment in YAML, so "${cut}" is left out. Put the whole text in double quotes: ${quoted}`,
			});
		},
	});
	return problems;
}

/** A file that could not be read as text: its one problem, and no data. */
const unreadable = (file: string, problem: Problem) => ({ file, data: undefined, lineOf: () => undefined, problems: [problem], body: '' });

export async function readYaml(absolutePath: string, file: string): Promise<SourceFile> {
	const read = await readText(absolutePath, file);
	return 'text' in read ? fromYaml(file, read.text, 1) : unreadable(file, read.problem);
}

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** Reads an MDX file: its frontmatter as data, and whether its body parses as MDX. */
export async function readMdx(absolutePath: string, file: string): Promise<SourceFile & { body: string }> {
	const text = await readText(absolutePath, file);
	if (!('text' in text)) return unreadable(file, text.problem);
	const source = text.text;
	let tree;
	try {
		tree = mdxParser.parse(source);
	} catch (error) {
		const { line: reported, reason = String(error) } = error as { line?: number; reason?: string };
		// The place the reason names ("a closing tag for `<abbr>` (8:20-8:36)") is where the editor looks, not where the parser stopped.
		const named = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason)?.[1];
		const line = named ? Number(named) : reported;
		const hint = /import\/exports?/.test(reason)
			? 'A line starting "import" or "export" is read as code: start it with a capital ("Import …"), or reword it.'
			: 'Check for an unclosed "<" or "{", or escape it as \\< or \\{.';
		const message = `is not valid MDX: ${reason}. ${hint}`;
		return { file, data: undefined, lineOf: () => undefined, problems: [{ file, line, message }], body: '' };
	}
	const frontmatter = tree.children[0];
	if (frontmatter?.type !== 'yaml') {
		const message = 'has no frontmatter: start the file with a line "---", the fields, then another "---".';
		return { file, data: undefined, lineOf: () => undefined, problems: [{ file, line: 1, message }], body: source };
	}
	const body = source.slice(frontmatter.position?.end.offset ?? 0);
	const read = fromYaml(file, frontmatter.value, (frontmatter.position?.start.line ?? 1) + 1);
	const { problems, links } = checkMdxBody(file, absolutePath, tree as MdxNode);
	// The body starts on the line of the closing "---": its lines count from there.
	const invisible = invisibleCharacters(file, body, frontmatter.position?.end.line ?? 1);
	return { ...read, problems: [...read.problems, ...problems, ...invisible], body, links };
}
