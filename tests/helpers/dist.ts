/** The built site: where it is, every page in it (found by walking it), and its HTML parsed. */
import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { projectRoot } from './fixtures.ts';

// The same folder `scripts/build.ts` writes to, so the tests check whatever was built.
export const distDir = path.resolve(projectRoot, process.env['LCF_DIST_DIR'] || 'dist');

export interface BuiltPage {
	/** The page's URL path on the site: `/`, `/pathways/pathway-2/`, `/404.html`. */
	url: string;
	/** The file's absolute path. */
	file: string;
	/** Whether it only sends the reader on elsewhere, by `<meta http-equiv="refresh">`. */
	redirect: boolean;
}

/** The site URL path a file in dist is served at (`a/index.html` → `/a/`). */
export function urlOf(relativeFile: string): string {
	const posix = relativeFile.split(path.sep).join('/');
	const folderIndex = posix === 'index.html' || posix.endsWith('/index.html');
	return `/${folderIndex ? posix.slice(0, -'index.html'.length) : posix}`;
}

const metaRefresh = /<meta\s[^>]*http-equiv=["']?refresh\b/i;

/** Every HTML page in dist, home page first. */
export function builtPages(dir = distDir): BuiltPage[] {
	return globSync('**/*.html', { cwd: dir })
		.map((rel) => ({ url: urlOf(rel), file: path.join(dir, rel), redirect: metaRefresh.test(readFileSync(path.join(dir, rel), 'utf8')) }))
		.sort((a, b) => (a.url === '/' ? -1 : b.url === '/' ? 1 : a.url.localeCompare(b.url)));
}

/** The file in dist a URL path would be served from, or undefined when there is none. */
export function fileFor(urlPath: string, dir = distDir): string | undefined {
	const file = path.join(dir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
	const inside = file.startsWith(dir + path.sep);
	return inside && statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

const parserConfig = new HtmlValidate().getConfigForSync('page.html');

/** The parsed document of an HTML file (html-validate's DOM: querySelectorAll, getAttribute, textContent). */
export function parseHtmlFile(file: string): HtmlElement {
	return new Parser(parserConfig).parseHtml(readFileSync(file, 'utf8'));
}

/** An attribute's value as the browser reads it, with character references decoded. */
export function attr(element: HtmlElement, name: string): string | undefined {
	const value = element.getAttribute(name)?.value;
	return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** An element's text as a reader sees it: character references decoded and white space collapsed. */
export function textOf(element: HtmlElement | null | undefined): string {
	return decodeEntities(element?.textContent ?? '').replace(/\s+/g, ' ');
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
		return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
	});
}

/**
 * The `href`s and ids inside a page's inline `<svg>`s. html-validate's parser leaves out what is
 * inside an `<svg>`, so a careful regular expression reads these from the markup.
 */
export function inlineSvg(html: string): { hrefs: { tag: string; href: string }[]; ids: string[] } {
	const svgs = html.match(/<svg\b[\s\S]*?<\/svg>/gi) ?? [];
	const hrefs = svgs.flatMap((svg) =>
		[...svg.matchAll(/<(use|image|feImage|a)\b[^>]*?\s(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => ({ tag: m[1]!, href: decodeEntities(m[2] ?? m[3] ?? '') })),
	);
	const ids = svgs.flatMap((svg) => [...svg.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
	return { hrefs, ids };
}

