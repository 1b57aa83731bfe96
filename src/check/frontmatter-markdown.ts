/**
 * Markdown written in frontmatter (a strategy's text, a resource's closing text) is held to the
 * body's rules, since it is published in the same page: links by the allowlist
 * (`src/html/allowlist.ts`), the site's own links collected for `site-links.ts`. It cannot show
 * images (no file sits beside it) or HTML (dropped when the page is made, `src/lib/markdown.ts`),
 * so each is a problem here rather than something silently left out.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Resource } from '../../schemas/index.ts';
import { urlProblem } from '../html/allowlist.ts';
import { problemAt } from './problems.ts';
import { describePath, valueAt, type Path, type Problem, type SourceFile } from './where.ts';

interface MarkdownNode {
	type: string;
	url?: string;
	value?: string;
	position?: { start: { line: number } };
	children?: MarkdownNode[];
}

const parser = unified().use(remarkParse);

/** Where a resource's frontmatter holds Markdown. */
export function markdownFields(resource: Resource): Path[] {
	const strategies = (resource.strategyGroups ?? []).flatMap((group, g) => group.strategies.map((_, s): Path => ['strategyGroups', g, 'strategies', s, 'text']));
	return [...strategies, ...(resource.closing ? [['closing', 'text'] as Path] : [])];
}

/** The problems of a resource's frontmatter Markdown, and its links for the rules that check the site's own. */
export function checkFrontmatterMarkdown(source: SourceFile, resource: Resource): { problems: Problem[]; links: NonNullable<SourceFile['links']> } {
	const problems: Problem[] = [];
	const links: NonNullable<SourceFile['links']> = [];
	for (const path of markdownFields(resource)) {
		// As written, before the schema trims it, so its lines are the file's.
		const written = valueAt(source.data, path);
		if (typeof written !== 'string') continue;
		const line = (node: MarkdownNode) => source.lineInText?.(path, node.position?.start.line ?? 1) ?? source.lineOf(path);
		const at = (node: MarkdownNode, message: string) => problems.push({ ...problemAt(source, path, message), line: line(node) });
		const walk = (node: MarkdownNode) => {
			if (node.type === 'link' || node.type === 'definition') {
				const problem = urlProblem(node.url ?? '', 'link');
				if (problem) at(node, problem);
				else links.push({ url: node.url ?? '', line: line(node), field: describePath(source.data, path) });
			} else if (node.type === 'image' || node.type === 'imageReference')
				at(node, `shows ${node.url ? `the image ${node.url}` : 'an image'}${urlProblem(node.url ?? '', 'image') ? ' from another site (and no request may leave this site)' : ''}, but text in the frontmatter cannot show images: save the image beside the file and show it in the body, below the closing "---", or remove it`);
			else if (node.type === 'html')
				at(node, `has HTML (${JSON.stringify(String(node.value).slice(0, 60))}), which is left out of the page: write it in Markdown (e.g. **bold**, [words](https://…)), or remove it`);
			node.children?.forEach(walk);
		};
		walk(parser.parse(written) as MarkdownNode);
	}
	return { problems, links };
}
