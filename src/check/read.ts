/**
 * Reads content files for validation, keeping track of where every value sits so that each
 * problem can name its line. YAML syntax and MDX syntax errors become problems, never exceptions.
 */
import { readFile } from 'node:fs/promises';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, isNode, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import { describePath, type Path, type Problem, type SourceFile } from './where.ts';

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
	const data = problems.length ? undefined : doc.toJS();
	if (data !== undefined) problems.push(...cutByComments(file, doc, data, (offset) => lines.linePos(offset).line + firstLine - 1));
	return { file, data, lineOf, problems };
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
			// The data path of this value, from the pairs and list items around it.
			const path: PropertyKey[] = [];
			ancestors.forEach((ancestor, i) => {
				const child = ancestors[i + 1] ?? node;
				if (isPair(ancestor) && isScalar(ancestor.key) && ancestor.value === child) path.push(String(ancestor.key.value));
				if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as never));
			});
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
		const { line, reason = String(error) } = error as { line?: number; reason?: string };
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
	const links: SourceFile['links'] = [];
	const collect = (node: MdxNode) => {
		if (node.type === 'link' && node.url) links.push({ url: node.url, line: node.position?.start.line });
		node.children?.forEach(collect);
	};
	collect(tree);
	return { ...read, problems: [...read.problems, ...codeInMdx(file, tree)], body, links };
}

interface MdxNode {
	type: string;
	name?: string | null | undefined;
	url?: string | undefined;
	value?: unknown;
	attributes?: MdxNode[] | undefined;
	position?: { start: { line: number } } | undefined;
	children?: MdxNode[] | undefined;
}

/** Elements that would run code or fetch from another site: content never needs them. */
const forbiddenElements = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'form', 'input']);

/**
 * MDX reads `{…}`, `<Capitalised>` tags and lines starting "import"/"export" as code, which the
 * build would run and fail on with a stack trace. Content has none of them: each is a problem here.
 */
function codeInMdx(file: string, tree: MdxNode): Problem[] {
	const problems: Problem[] = [];
	const at = (node: MdxNode, message: string) => problems.push({ file, line: node.position?.start.line, message });
	const walk = (node: MdxNode) => {
		const name = node.name ?? '';
		const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
		// `{/* a note */}` is MDX's comment: it publishes nothing, so it may stay.
		if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*\/\*[^]*\*\/\s*$/.test(String(node.value)))
			at(node, `has "{${String(node.value ?? '')}}", which MDX reads as code: to show the braces, write \\{ and \\}`);
		else if (isElement && (/^[A-Z]/.test(name) || name.includes('.')))
			at(node, `has <${name}>, which is not part of this site: use Markdown, or write \\< to show a "<"`);
		else if (isElement && forbiddenElements.has(name.toLowerCase()))
			at(node, `has <${name}>, which content may not use (it would run code or load from elsewhere): remove it`);
		else if (isElement && node.attributes?.some((a) => a.type === 'mdxJsxExpressionAttribute' || (a.value as MdxNode | undefined)?.type === 'mdxJsxAttributeValueExpression'))
			at(node, `has <${name}> with a {…} value, which MDX reads as code: write the value in quotes, e.g. title="…"`);
		else if (node.type === 'mdxjsEsm')
			at(node, `has a line starting "import" or "export", which MDX reads as code: start it with a capital ("Import …"), or reword it`);
		node.children?.forEach(walk);
	};
	walk(tree);
	return problems;
}
