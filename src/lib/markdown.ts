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
