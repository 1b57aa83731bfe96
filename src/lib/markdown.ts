/** Markdown held in content data (e.g. a strategy's text), turned into HTML at build time. */
import type { Element, Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { urlProblem } from '../html/allowlist.ts';

/**
 * The allowlist of `src/html/allowlist.ts` again, for Markdown in frontmatter, which no Astro
 * processor sees: a link whose address it refuses (`javascript:`, `//elsewhere`) keeps its words
 * and loses the link, and an image goes (frontmatter has no files beside it, and an image from
 * elsewhere would be a request leaving the site). `npm run check` reports each first.
 */
function safeLinks() {
	const clean = (children: (Root | RootContent)[]): RootContent[] =>
		children.flatMap((node): RootContent[] => {
			if (node.type !== 'element') return [node as RootContent];
			const element = node as Element;
			if (element.tagName === 'img') return [];
			const href = element.properties.href;
			element.children = clean(element.children) as Element['children'];
			if (element.tagName === 'a' && (typeof href !== 'string' || urlProblem(href, 'link'))) return element.children;
			return [element];
		});
	return (tree: Root) => void (tree.children = clean(tree.children));
}

// Raw HTML in content is dropped (remark-rehype's default), so content can never inject markup.
const processor = unified().use(remarkParse).use(remarkRehype).use(safeLinks).use(rehypeStringify);

export function markdownToHtml(markdown: string): string {
	return String(processor.processSync(markdown));
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The words of some Markdown, without its markup or HTML's character references (for search). */
export function markdownToText(markdown: string): string {
	return markdownToHtml(markdown)
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (ref, hex, dec, name) =>
			hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (named[name.toLowerCase()] ?? ref),
		)
		.replace(/\s+/g, ' ')
		.trim();
}
