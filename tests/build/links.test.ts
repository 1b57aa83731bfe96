/** Every link and asset reference in the built site resolves, and nothing it loads comes from elsewhere. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlElement } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { attr, builtPages, distDir, fileFor, inlineSvg, parseHtmlFile } from '../helpers/dist.ts';

const pages = builtPages();
const site = 'http://site.invalid';

/** Each attribute that holds a URL, and the elements that carry it. */
const urlAttributes = [
	['href', 'a, area, link'],
	['src', 'script, img, source, iframe, audio, video, track, embed, input'],
	['srcset', 'img, source'],
	['poster', 'video'],
	['data', 'object'],
] as const;

/** The URLs an element refers to through `name` (a srcset lists several). */
function urlsIn(element: HtmlElement, name: string): string[] {
	const value = attr(element, name)?.trim();
	if (!value) return [];
	return name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
}

/** Every URL an `url()` or `@import` in a stylesheet refers to. */
function cssUrls(css: string): string[] {
	const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
	const imports = [...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
	return [...urls, ...imports].filter(Boolean);
}

const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
/** A URL the browser would fetch from elsewhere (data: and blob: URLs are the page's own). */
const offSite = (url: string) => hasScheme(url) && !/^(?:data|blob):/i.test(url);
// Links elsewhere (http, mailto, tel…) are the reader's to follow; only the site's own are checked.
const notFollowed = hasScheme;

const idCache = new Map<string, Set<string>>();
/** The ids a fragment can point at in a page (with, as HTML allows, `<a name>`s) or an SVG file. */
function targetsOn(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		if (file.endsWith('.svg')) ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!));
		else {
			const root = parseHtmlFile(file);
			const named = [...root.querySelectorAll('[id]').map((el) => attr(el, 'id') ?? ''), ...root.querySelectorAll('a[name]').map((el) => attr(el, 'name') ?? '')];
			ids = new Set([...named, ...inlineSvg(readFileSync(file, 'utf8')).ids]);
		}
		idCache.set(file, ids);
	}
	return ids;
}

/** Why `reference` on the page at `pageUrl` is broken, or undefined when it resolves. */
function problemWith(reference: string, pageUrl: string, pageFile: string): string | undefined {
	let url: URL;
	let pathname: string;
	let fragment: string;
	try {
		url = new URL(reference, site + pageUrl);
		pathname = decodeURIComponent(url.pathname);
		fragment = decodeURIComponent(url.hash.slice(1));
	} catch {
		return 'is not a valid URL';
	}
	const samePage = url.pathname === new URL(site + pageUrl).pathname;
	const file = samePage ? pageFile : fileFor(url.pathname);
	if (!file) {
		// The site's URLs all end in a slash; without it the link works only where the host redirects.
		if (!pathname.endsWith('/') && fileFor(`${url.pathname}/`)) return `needs a trailing slash: ${url.pathname}/`;
		return `has no file in dist for ${pathname}`;
	}
	// "#" and "#top" go to the top of the page, and "#:~:" starts a text fragment: none needs an id.
	if (!fragment || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:') || !/\.(?:html|svg)$/.test(file)) return undefined;
	if (!targetsOn(file).has(fragment)) return `points at #${fragment}, which is not an id in ${samePage ? 'this page' : pathname}`;
	return undefined;
}

describe('links and references', () => {
	test.each(pages)('every link and asset on $url resolves', ({ url, file }) => {
		const root = parseHtmlFile(file);
		const broken: string[] = [];
		for (const [name, selector] of urlAttributes)
			for (const element of root.querySelectorAll(selector))
				for (const reference of urlsIn(element, name)) {
					if (notFollowed(reference)) continue;
					const problem = problemWith(reference, url, file);
					if (problem) broken.push(`<${element.tagName} ${name}="${reference}"> ${problem}`);
				}
		for (const { tag, href } of inlineSvg(readFileSync(file, 'utf8')).hrefs) {
			const problem = notFollowed(href) ? undefined : problemWith(href, url, file);
			if (problem) broken.push(`<svg><${tag} href="${href}"> ${problem}`);
		}
		for (const meta of root.querySelectorAll('meta[http-equiv]')) {
			const redirect = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(attr(meta, 'content') ?? '')?.[1];
			const problem = redirect && !notFollowed(redirect) ? problemWith(redirect, url, file) : undefined;
			if (problem) broken.push(`<meta http-equiv="refresh"> to ${redirect} ${problem}`);
		}
		expect(broken).toEqual([]);
	});

	test('every url() and @import in the stylesheets resolves', () => {
		const broken: string[] = [];
		for (const rel of globSync('**/*.css', { cwd: distDir })) {
			const stylesheetUrl = `/${rel.split(path.sep).join('/')}`;
			for (const reference of cssUrls(readFileSync(path.join(distDir, rel), 'utf8'))) {
				if (notFollowed(reference)) continue;
				const problem = problemWith(reference, stylesheetUrl, path.join(distDir, rel));
				if (problem) broken.push(`${stylesheetUrl}: url(${reference}) ${problem}`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('no request leaves the site', () => {
	/** The references a browser fetches on its own, as opposed to links a reader may follow. */
	const fetched = ['script[src]', 'img', 'source', 'iframe', 'audio', 'video', 'track', 'embed', 'object', 'input[type="image"]'].join(', ');
	// These `rel`s make the browser fetch (or connect to) the URL; canonical, alternate and the like do not.
	const fetchingRels = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender']);

	test.each(pages)('$url loads nothing from another site', ({ file }) => {
		const root = parseHtmlFile(file);
		const external: string[] = [];
		for (const element of root.querySelectorAll(fetched))
			for (const name of ['src', 'srcset', 'poster', 'data'])
				for (const reference of urlsIn(element, name)) if (offSite(reference)) external.push(`<${element.tagName} ${name}="${reference}">`);
		for (const link of root.querySelectorAll('link[href]')) {
			const rels = (attr(link, 'rel') ?? '').toLowerCase().split(/\s+/);
			const href = attr(link, 'href') ?? '';
			if (rels.some((rel) => fetchingRels.has(rel)) && offSite(href)) external.push(`<link rel="${rels.join(' ')}" href="${href}">`);
		}
		for (const { tag, href } of inlineSvg(readFileSync(file, 'utf8')).hrefs) if (tag !== 'a' && offSite(href)) external.push(`<svg><${tag} href="${href}">`);
		const inlineCss = [...root.querySelectorAll('style').map((style) => style.textContent), ...root.querySelectorAll('[style]').map((el) => attr(el, 'style') ?? '')];
		for (const reference of inlineCss.flatMap(cssUrls)) if (offSite(reference)) external.push(`CSS url(${reference})`);
		expect(external).toEqual([]);
	});

	test('no stylesheet loads anything from another site', () => {
		const external = globSync('**/*.css', { cwd: distDir }).flatMap((rel) =>
			cssUrls(readFileSync(path.join(distDir, rel), 'utf8'))
				.filter(offSite)
				.map((reference) => `${rel}: url(${reference})`),
		);
		expect(external).toEqual([]);
	});
});
