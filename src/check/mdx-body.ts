/**
 * What an MDX body may hold. MDX reads `{…}`, `<Capitalised>` tags and lines starting
 * "import"/"export" as code, which the build would run and fail on with a stack trace; HTML is
 * limited to the allowlist (`src/html/allowlist.ts`); images must be files beside the content;
 * headings start at level 2 under the page's title and skip no level. Each is a problem here,
 * with its line, and the body's links are collected for the rules that check the site's own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { attributeProblem, elementProblem, urlProblem } from '../html/allowlist.ts';
import type { Problem, SourceFile } from './where.ts';

export interface MdxNode {
	type: string;
	name?: string | null | undefined;
	url?: string | undefined;
	depth?: number | undefined;
	value?: unknown;
	attributes?: MdxNode[] | undefined;
	position?: { start: { line: number } } | undefined;
	children?: MdxNode[] | undefined;
}

const isExpression = (node: MdxNode) => node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
const isElement = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The problems of an MDX body at `absolutePath`, and its links to check against the site. */
export function checkMdxBody(file: string, absolutePath: string, tree: MdxNode): { problems: Problem[]; links: NonNullable<SourceFile['links']> } {
	const problems: Problem[] = [];
	const links: NonNullable<SourceFile['links']> = [];
	let level = 1;
	const at = (node: MdxNode, message: string) => problems.push({ file, line: node.position?.start.line, message });
	const heading = (node: MdxNode, depth: number) => {
		if (depth === 1) at(node, `has a level-1 heading, but the page's title is its only one: make it ## (level 2)`);
		else if (depth > level + 1) at(node, `jumps from a level-${level} heading to level ${depth}, which screen readers announce as a missing section: make it ${'#'.repeat(level + 1)} (level ${level + 1})`);
		level = Math.max(depth, 2);
	};
	const url = (node: MdxNode, address: string, kind: 'link' | 'image'): void => {
		const problem = urlProblem(address, kind);
		if (problem) return void at(node, problem);
		if (kind === 'link') return void links.push({ url: address, line: node.position?.start.line });
		const local = decodeURI(address.split(/[?#]/)[0] ?? '');
		if (!local.startsWith('/') && !existsSync(path.resolve(path.dirname(absolutePath), local)))
			at(node, `shows the image ${address}, which is not there: save it beside ${path.basename(file)} under that name, or correct the name`);
		else if (local.startsWith('/')) at(node, `shows the image ${address}, but images are kept beside the content: save it beside ${path.basename(file)} and write ./${path.basename(local)}`);
	};
	const walk = (node: MdxNode) => {
		const name = node.name ?? '';
		// `{/* a note */}` is MDX's comment: it publishes nothing, so it may stay.
		if (isExpression(node) && !/^\s*\/\*[^]*\*\/\s*$/.test(String(node.value)))
			at(node, `has "{${String(node.value ?? '')}}", which MDX reads as code: to show the braces, write \\{ and \\}`);
		else if (isElement(node) && (/^[A-Z]/.test(name) || name.includes('.')))
			at(node, `has <${name}>, which is not part of this site: use Markdown, or write \\< to show a "<"`);
		else if (isElement(node) && elementProblem(name.toLowerCase())) at(node, elementProblem(name.toLowerCase())!);
		else if (isElement(node) && node.attributes?.some((a) => a.type === 'mdxJsxExpressionAttribute' || (a.value as MdxNode | undefined)?.type === 'mdxJsxAttributeValueExpression'))
			at(node, `has <${name}> with a {…} value, which MDX reads as code: write the value in quotes, e.g. title="…"`);
		else if (isElement(node)) {
			for (const attribute of node.attributes ?? []) {
				const problem = attributeProblem(name, attribute.name ?? '', attribute.value);
				if (problem) at(node, problem);
				else if (typeof attribute.value === 'string' && ((name === 'a' && attribute.name === 'href') || (name === 'img' && attribute.name === 'src')))
					url(node, attribute.value, name === 'a' ? 'link' : 'image');
			}
			if (/^h[1-6]$/.test(name)) heading(node, Number(name[1]));
		} else if (node.type === 'mdxjsEsm')
			at(node, `has a line starting "import" or "export", which MDX reads as code: start it with a capital ("Import …"), or reword it`);
		else if (node.type === 'link' && node.url) url(node, node.url, 'link');
		else if (node.type === 'image' && node.url) url(node, node.url, 'image');
		else if (node.type === 'heading' && node.depth) heading(node, node.depth);
		node.children?.forEach(walk);
	};
	walk(tree);
	return { problems, links };
}
