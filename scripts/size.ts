/**
 * `npm run size`: how heavy the built site in dist/ (or `LCF_DIST_DIR`) is: the main kinds of page and
 * the heaviest one (HTML, CSS, JavaScript and images, raw and gzipped at level 9, and first-load
 * requests), the site's CSS, each page's JavaScript, and what search costs in Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { measureSearch, type Transfer } from './tools/bench/search-cost.ts';
import { spread } from './tools/bench/stats.ts';
import { launchBrowser } from './tools/chromium.ts';
import { firstLoadGzip, measureSite, type PageSize, type Size } from './tools/measure.ts';
import { serveSite } from './tools/static-server.ts';

const dist = path.resolve(process.env['LCF_DIST_DIR'] || 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
	console.error(`No built site in ${path.relative(process.cwd(), dist) || '.'}/: run \`npm run build\` first.`);
	process.exit(1);
}

const site = measureSite(dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const both = (size: Size) => `${kb(size.raw)} / ${kb(size.gzip)}`;
const heaviest = site.pages.reduce((a, b) => (firstLoadGzip(b) > firstLoadGzip(a) ? b : a));

const rows: [string, PageSize | undefined][] = [
	['Home', site.pages.find((p) => p.url === '/')],
	['Pathway', site.pages.find((p) => p.url === '/pathways/pathway-2/')],
	['Compare', site.pages.find((p) => p.url === '/compare/')],
	['Heaviest', heaviest],
];
const table = [
	['Page', 'URL', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'Images raw / gzip', 'Requests'],
	...rows.map(([kind, page]) =>
		page
			? [kind, page.url, both(page.html), both(page.css), both(page.js), both(page.images), String(page.requests)]
			: [kind, 'not built', '', '', '', '', ''],
	),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');

console.log(`Built site in ${path.relative(process.cwd(), dist) || '.'}/: ${site.pages.length} pages. Sizes are raw / gzip -9; "heaviest" is by HTML + CSS + JS + images gzipped.\n`);
console.log(line(table[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));

console.log(`\nCSS the pages load (each stylesheet and inline rule once): ${both(site.cssLoaded)}`);
console.log(`All .css files in dist, loaded or not:                      ${both(site.cssFiles)}`);

const withJs = site.pages.filter((p) => p.js.raw > 0).sort((a, b) => b.js.gzip - a.js.gzip);
console.log(`\nJavaScript per page (gzip): ${site.pages.length - withJs.length} pages load none.`);
for (const page of withJs.slice(0, 15)) console.log(`  ${kb(page.js.gzip).padStart(8)}  ${page.url}`);
if (withJs.length > 15) console.log(`  … and ${withJs.length - 15} more, each at most ${kb(withJs[15]!.js.gzip)}`);

// Search is measured where only a browser shows it: what opening it and a first query fetch, and how soon a result shows.
let browser: Browser;
try {
	browser = await launchBrowser();
} catch (error) {
	console.log(`\nSearch: not measured, because Chromium did not start (${(error as Error).message.split('\n')[0]}).`);
	process.exit(0);
}
const server = await serveSite(dist);
try {
	const search = await measureSearch(browser, server.url);
	const time = search.timesMs.length ? spread(search.timesMs) : undefined;
	const transfer = ({ gzip, raw, requests }: Transfer) => `${kb(gzip)} in ${requests} requests (${kb(raw)} as served)`;
	const byKind = Object.entries(search.firstQuery.byKind).map(([kind, size]) => `${kind} ${kb(size.gzip)}`);
	const lines = [
		['Opening /search/', transfer(search.open)],
		[`First query, "${search.query}"`, `${transfer(search.firstQuery)}: ${byKind.join(', ')}; ${search.results} results`],
		['Both together', kb(search.open.gzip + search.firstQuery.gzip)],
		['Typing to first result', time ? `${Math.round(time.median)} ms (median of ${search.timesMs.length}, ${Math.round(time.min)}–${Math.round(time.max)} ms)` : 'not timed, as it asks other sites for things'],
		['Requests to other sites', search.offSite.join(', ') || 'none'],
	];
	console.log(`\nSearch in Chromium on a local server (text gzipped -9; Pagefind's index, already compressed, as it is):`);
	for (const [label, value] of lines) console.log(`  ${`${label}:`.padEnd(32)}${value}`);
} finally {
	await Promise.all([browser.close(), server.close()]);
}
