/** Markdown held in content data (e.g. a strategy's text), turned into HTML at build time. */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in content is dropped (remark-rehype's default), so content can never inject markup.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

export function markdownToHtml(markdown: string): string {
	return String(processor.processSync(markdown));
}

/** The words of some Markdown, without its markup (for search). */
export function markdownToText(markdown: string): string {
	return markdownToHtml(markdown).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
