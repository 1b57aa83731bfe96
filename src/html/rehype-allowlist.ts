/**
 * The allowlist enforced again when the HTML is made (MDX's rehype step): an element or attribute
 * that content may not use is dropped, with a warning naming the file and line, so the site never
 * publishes it even if the check was skipped. `npm run check` reports the same things first.
 */
import { attributeProblem, elementProblem, urlProblem } from './allowlist.ts';

interface HastNode {
	type: string;
	name?: string | null;
	tagName?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	properties?: Record<string, unknown>;
	position?: { start: { line: number } };
	children?: HastNode[];
}

interface VFileLike {
	path?: string;
	message(reason: string, place?: unknown): unknown;
}

/** Why `node` may not be published as it is (dropping it), or undefined. */
function dropped(node: HastNode): string | undefined {
	const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
	if (isJsx) return elementProblem(String(node.name ?? '').toLowerCase());
	if (node.type === 'element' && node.tagName === 'img' && typeof node.properties?.src === 'string') return urlProblem(node.properties.src, 'image');
	return undefined;
}

/** Removes what is not allowed from the tree under `node`, warning on `file` for each. */
function enforce(node: HastNode, file: VFileLike): void {
	const warn = (child: HastNode, reason: string) => file.message(`${reason} (left out of the page)`, child.position);
	node.children = (node.children ?? []).filter((child) => {
		const reason = dropped(child);
		if (reason) return warn(child, reason), false;
		return true;
	});
	for (const child of node.children) {
		if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
			const name = String(child.name ?? '').toLowerCase();
			child.attributes = (child.attributes ?? []).filter((attribute) => {
				const reason = attribute.type === 'mdxJsxAttribute' ? attributeProblem(name, attribute.name ?? '', attribute.value) : 'has an attribute written as code';
				if (reason) return warn(child, reason), false;
				return true;
			});
		}
		if (child.type === 'element' && child.tagName === 'a' && typeof child.properties?.href === 'string') {
			const reason = urlProblem(child.properties.href, 'link');
			if (reason) (warn(child, reason), delete child.properties.href);
		}
		enforce(child, file);
	}
}

/** The rehype plugin: `rehypePlugins: [rehypeAllowlist]` in MDX's options. */
export default function rehypeAllowlist() {
	return (tree: HastNode, file: VFileLike) => enforce(tree, file);
}
