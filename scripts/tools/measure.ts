/** Measures the built site: each page's HTML, the CSS and JavaScript its first load brings, and its requests. */
import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';

export interface Size {
	raw: number;
	gzip: number;
}

export interface PageSize {
	/** The page's URL path, e.g. `/pathways/pathway-2/`. */
	url: string;
	html: Size;
	/** Stylesheets it links plus its inline `<style>`s. */
	css: Size;
	/** Scripts it loads (with their static imports), those its inline scripts load once it has painted, and its inline scripts. */
	js: Size;
	/** Images, icons and SVG sprites its first load fetches from the site. */
	images: Size;
	/** What its first load fetches besides the HTML (stylesheets, script files, images): inline code is in `html`. */
	fetched: Size;
	/** What its first load would fetch from other sites (stylesheets, scripts, images): there should be nothing. */
	offSite: string[];
	/** Requests for the first load: the HTML, stylesheets, scripts (also those loaded once it has painted), and images, icons and SVG sprites in the HTML. */
	requests: number;
}

export interface SiteSize {
	pages: PageSize[];
	/** Every stylesheet any page loads once, and every distinct rule of the pages' inline `<style>`s once (each page inlines its own set). */
	cssLoaded: Size;
	/** Every .css file in dist, loaded or not. */
	cssFiles: Size;
}

const sizeOf = (content: string | Buffer): Size => ({ raw: Buffer.byteLength(content), gzip: gzipSync(content, { level: 9 }).length });
const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
const parserConfig = new HtmlValidate().getConfigForSync('page.html');
const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A style sheet's top-level rules (an `@media` block is one), so that what pages inline in common counts once. */
function topLevelRules(css: string): string[] {
	const rules: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) (rules.push(css.slice(start, i + 1)), (start = i + 1));
	}
	return rules;
}

/** The URL path a file in dist is served at (`a/index.html` → `/a/`). */
const urlOf = (rel: string) => `/${rel.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Measures every page of the site built into `distDir`. */
export function measureSite(distDir: string): SiteSize {
	const files = new Map<string, Buffer | undefined>();
	/** A site URL's file content (cached), or undefined for another site's URL or a missing file. */
	const fetchLocal = (url: string): Buffer | undefined => {
		if (!url.startsWith('/') || url.startsWith('//')) return undefined;
		const pathname = decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
		if (!files.has(pathname)) {
			const file = path.join(distDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
			files.set(pathname, statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file) : undefined);
		}
		return files.get(pathname);
	};
	const loadedCss = new Map<string, Size>();
	const inlineRules = new Set<string>();

	const pages = globSync('**/*.html', { cwd: distDir }).map((rel): PageSize => {
		const url = urlOf(rel);
		const html = readFileSync(path.join(distDir, rel));
		const root = new Parser(parserConfig).parseHtml(html.toString('utf8'));
		const resolve = (reference: string, base = url) => (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference) ? reference : new URL(reference, `http://site.invalid${base}`).pathname);
		const value = (el: HtmlElement, name: string) => el.getAttribute(name)?.value?.toString().replaceAll('&amp;', '&').trim() ?? '';
		// html-validate's selectors have no `~=`, so links are picked by their `rel` tokens here.
		const links = (...rels: string[]) => root.querySelectorAll('link[href]').filter((link) => value(link, 'rel').toLowerCase().split(/\s+/).some((rel) => rels.includes(rel)));

		const stylesheets = links('stylesheet').map((link) => resolve(value(link, 'href')));
		const inlineCss = root.querySelectorAll('style').map((style) => style.textContent);
		const cssFetched = stylesheets.map((href) => ({ key: href, size: sizeOf(fetchLocal(href) ?? '') }));
		const css = [...cssFetched, ...inlineCss.map((text) => ({ key: text, size: sizeOf(text) }))];
		for (const { key, size } of cssFetched) loadedCss.set(key, size);
		for (const text of inlineCss) for (const rule of topLevelRules(text)) inlineRules.add(rule);

		const scripts = root.querySelectorAll('script').filter((script) => jsTypes.has(value(script, 'type').toLowerCase()));
		const scriptFiles = new Set<string>();
		const addWithImports = (source: string, base: string) => {
			// Static imports load with the script; an external script's dynamic `import()`s (such as the search index) only when used.
			for (const [, specifier] of source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g)) {
				const target = resolve(specifier!, base);
				if (scriptFiles.has(target)) continue;
				scriptFiles.add(target);
				addWithImports(fetchLocal(target)?.toString('utf8') ?? '', target);
			}
		};
		const inlineJs: string[] = [];
		for (const script of scripts) {
			const src = value(script, 'src');
			if (src) addWithImports(`import "${src}"`, url);
			else {
				inlineJs.push(script.textContent);
				addWithImports(script.textContent, url);
				// An inline script's `import()` of a fixed address loads on every visit, once the page has painted
				// (src/components/Islands.astro): that is part of the first load, though it does not delay the paint.
				for (const [, specifier] of script.textContent.matchAll(/\bimport\(\s*[`"']([^`"'$]+)[`"']\s*\)/g)) addWithImports(`import "${specifier}"`, url);
			}
		}
		for (const link of links('modulepreload')) addWithImports(`import "${value(link, 'href')}"`, url);
		const jsFetched = [...scriptFiles].map((src) => sizeOf(fetchLocal(src) ?? ''));
		const js = [...jsFetched, ...inlineJs.map(sizeOf)];

		const imageUrls = new Set(
			[
				...root.querySelectorAll('img').map((img) => value(img, 'src') || value(img, 'srcset').split(/\s/)[0] || ''),
				...links('icon', 'apple-touch-icon', 'manifest').map((link) => value(link, 'href')),
				...root.querySelectorAll('input[type="image"], video[poster]').map((el) => value(el, 'src') || value(el, 'poster')),
				// What `<use>` and `<image>` in inline SVG fetch (html-validate's parser leaves SVG content out).
				...[...html.toString('utf8').matchAll(/<(?:use|image)\b[^>]*?\s(?:xlink:)?href\s*=\s*["']([^"'#]+)/gi)].map((m) => m[1]!),
			].filter((src) => src && !/^data:/i.test(src)),
		);
		const images = [...imageUrls].map((src) => resolve(src));
		const offSite = [...stylesheets, ...scriptFiles, ...images].filter((target) => !target.startsWith('/') || target.startsWith('//'));
		const imageSizes = images.map((src) => sizeOf(fetchLocal(src) ?? ''));
		return {
			url,
			html: sizeOf(html),
			css: sum(css.map((c) => c.size)),
			js: sum(js),
			images: sum(imageSizes),
			fetched: sum([...cssFetched.map((c) => c.size), ...jsFetched, ...imageSizes]),
			offSite,
			requests: 1 + new Set(stylesheets).size + scriptFiles.size + imageUrls.size,
		};
	});

	pages.sort((a, b) => (a.url === '/' ? -1 : b.url === '/' ? 1 : a.url.localeCompare(b.url)));
	const cssFiles = globSync('**/*.css', { cwd: distDir }).map((rel) => sizeOf(readFileSync(path.join(distDir, rel))));
	return { pages, cssLoaded: sum([...loadedCss.values(), sizeOf([...inlineRules].join(''))]), cssFiles: sum(cssFiles) };
}

/**
 * All a page's first load transfers, compressed: the HTML (with its inline CSS and JavaScript,
 * counted there once, as they are sent) and the stylesheets, scripts and images it fetches.
 */
export const firstLoadGzip = (page: PageSize) => page.html.gzip + page.fetched.gzip;
