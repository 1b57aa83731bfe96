/**
 * Most pages inline only a part of the site's styles (site.css), so that a page and its styles fit in
 * as few round trips as they can (#23, docs/performance.md). Leaving rules out is safe only where
 * they style nothing: on the pages of each kind, once its islands have run, every element (and its
 * ::before and ::after) must be styled exactly as it would be with all of site.css in place of the
 * page's part of it, on a phone (dark) and a wide screen (light), and in print.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';

// The pages of each kind (each page at the top, such as /compare/; below it, the pages whose
// addresses differ only in their last part, such as /cite/*): each that has a class no page of its
// kind before it has, so that a resource with strategies is checked as well as one without.
const kind = (url: string) => {
	const parts = url.split('/').filter(Boolean);
	return parts.length <= 1 ? url : `/${parts.slice(0, -1).join('/')}/*`;
};
const seen = new Map<string, Set<string>>();
const pages = builtPages()
	.filter((page) => !page.redirect)
	.filter(({ url, file }) => {
		const classes = (readFileSync(file, 'utf8').match(/\sclass="[^"]*"/g) ?? []).flatMap((attribute) => attribute.slice(8, -1).split(/\s+/));
		const known = seen.get(kind(url)) ?? seen.set(kind(url), new Set()).get(kind(url))!;
		const fresh = classes.filter((name) => !known.has(name));
		for (const name of fresh) known.add(name);
		return fresh.length > 0;
	});

const site = useBrowserAndSite();

// Both widths and both colour schemes, in three loads rather than four.
const states = [
	{ name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark', media: 'screen' },
	{ name: 'wide', viewport: { width: 1280, height: 800 }, colorScheme: 'light', media: 'screen' },
	{ name: 'print', viewport: { width: 1280, height: 800 }, colorScheme: 'light', media: 'print' },
] as const;

/** The styles of every element the site's styles could set, as one list of strings. */
const computedStyles = () => {
	const sheet = (window as unknown as { lcfSiteStyles: CSSStyleSheet }).lcfSiteStyles;
	const names = new Set<string>();
	const collect = (rules: CSSRuleList) => {
		for (const rule of rules) {
			// Not the custom properties: what they do shows in the properties that use them.
			if ('style' in rule) for (const name of (rule as CSSStyleRule).style) if (!name.startsWith('--')) names.add(name);
			if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
		}
	};
	collect(sheet.cssRules);
	const properties = [...names].sort();
	const path = (el: Element): string => (el.id ? `#${el.id}` : `${el.parentElement ? path(el.parentElement) + '>' : ''}${el.tagName.toLowerCase()}:nth-child(${[...(el.parentElement?.children ?? [el])].indexOf(el) + 1})`);
	// One line an element, so that the two lists line up element by element: its styles, its ::before's, its ::after's.
	return [...document.querySelectorAll('*')].map((el) => {
		// What is not drawn (in print, the header's menu) only as that: how it would look is not seen.
		if (el.getClientRects().length === 0 && getComputedStyle(el).display !== 'contents') return `${path(el)}|not drawn`;
		const styles = [null, '::before', '::after'].map((pseudo) => {
			const style = getComputedStyle(el, pseudo);
			// A ::before or ::after with no content is not drawn.
			if (pseudo && /^(?:none|normal)$/.test(style.content)) return `${pseudo}:none`;
			// A zero is a zero, whether the minifier wrote 0% or 0px (as in background-position).
			return properties.map((name) => `${pseudo ?? ''}${name}:${style.getPropertyValue(name).replace(/\b0(?:%|px)/g, '0')}`).join(';');
		});
		return `${path(el)}|${styles.join(';')}`;
	});
};

/**
 * What differs between the page as built and the page with all of site.css in place of its part of
 * it. The page's one stylesheet is its part of site.css and its components' own styles: those are the
 * rules whose selectors, in their @media and @supports, site.css does not have (compared by selector
 * alone, and media queries as ranges: the build's minifier rewrites values, `transparent` as `#0000`).
 */
async function differences(page: Page, css: string): Promise<string[]> {
	await page.evaluate((text) => {
		const site = new CSSStyleSheet();
		site.replaceSync(text);
		// The page's own fonts: the bundle's copies point at files it does not serve.
		for (let i = site.cssRules.length - 1; i >= 0; i--) if (site.cssRules[i] instanceof CSSFontFaceRule) site.deleteRule(i);
		const ranges = (condition: string) =>
			condition.replace(/\((min|max)-(width|height):\s*([^)]+)\)/g, (_, side: string, name: string, size: string) => `(${name} ${side === 'min' ? '>=' : '<='} ${size})`).replace(/\s+/g, ' ');
		const key = (rule: CSSRule): string => {
			if (rule instanceof CSSStyleRule) return rule.selectorText.replace(/\s*,\s*/g, ',');
			if (rule instanceof CSSConditionRule) return `@${ranges(rule.conditionText)}{${[...rule.cssRules].map(key).join('')}}`;
			return rule.cssText;
		};
		const inSite = new Set([...site.cssRules].map(key));
		const components = new CSSStyleSheet();
		components.replaceSync([...document.styleSheets[0]!.cssRules].filter((rule) => !inSite.has(key(rule))).map((rule) => rule.cssText).join('\n'));
		Object.assign(window, { lcfSiteStyles: site, lcfComponentStyles: components });
	}, css);
	const found: string[] = [];
	for (const state of states) {
		await page.setViewportSize(state.viewport);
		await page.emulateMedia({ media: state.media, colorScheme: state.colorScheme });
		// Every <details> open, so that what is inside them is drawn and compared too.
		await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		const own = await page.evaluate(computedStyles);
		await page.evaluate(() => {
			const added = window as unknown as { lcfSiteStyles: CSSStyleSheet; lcfComponentStyles: CSSStyleSheet };
			document.styleSheets[0]!.disabled = true;
			document.adoptedStyleSheets = [added.lcfSiteStyles, added.lcfComponentStyles];
		});
		const all = await page.evaluate(computedStyles);
		await page.evaluate(() => {
			document.adoptedStyleSheets = [];
			document.styleSheets[0]!.disabled = false;
		});
		// Each element that differs, by what differs; a size that changed only because what is inside it did, last.
		const unlike = own.flatMap((line, i) => {
			if (line === all[i]) return [];
			const [where, styles] = line.split('|') as [string, string];
			const other = all[i]!.split('|')[1]!;
			const drawn = (text: string) => (text === 'not drawn' ? text : 'drawn');
			const theirs = other.split(';');
			const changed = drawn(styles) !== drawn(other) ? [[drawn(styles), drawn(other)] as const] : styles.split(';').flatMap((part, j) => (part === theirs[j] ? [] : [[part, theirs[j]!] as const]));
			return [{ where, changed, sizeOnly: changed.every(([part]) => /^(?:height|width|block-size|inline-size):/.test(part)) }];
		});
		unlike.sort((a, b) => Number(a.sizeOnly) - Number(b.sizeOnly));
		for (const { where, changed } of unlike.slice(0, 3)) {
			found.push(`${state.name}: ${where} ${changed.slice(0, 4).map(([part, theirs]) => `${part} (with all of site.css: ${theirs})`).join('; ')}`);
		}
	}
	return found;
}

test('each kind of page is styled as it would be with all the site’s styles', { timeout: 30_000 + pages.length * 15_000 }, async () => {
	const bundled = await build({ entryPoints: [`${projectRoot}/src/styles/site.css`], bundle: true, minify: true, write: false, logLevel: 'silent' });
	const css = bundled.outputFiles[0]!.text;
	const page = await site.newPage();
	const problems: string[] = [];
	for (const { url } of pages) {
		await page.goto(site.server.url + url, { waitUntil: 'networkidle' });
		for (const problem of await differences(page, css)) problems.push(`${url} ${problem}`);
	}
	expect(problems).toEqual([]);
});
