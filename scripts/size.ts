/**
 * `npm run size`: how heavy the built site in dist/ (or `LCF_DIST_DIR`) is: the main kinds of page and
 * the heaviest one (HTML, CSS and JavaScript, raw and gzipped at level 9, and first-load requests),
 * the site's CSS, and each page's JavaScript.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { firstLoadGzip, measureSite, type PageSize, type Size } from './lib/measure.ts';

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
	['Page', 'URL', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'Requests'],
	...rows.map(([kind, page]) =>
		page ? [kind, page.url, both(page.html), both(page.css), both(page.js), String(page.requests)] : [kind, 'not built', '', '', '', ''],
	),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');

console.log(`Built site in ${path.relative(process.cwd(), dist) || '.'}/: ${site.pages.length} pages. Sizes are raw / gzip -9; "heaviest" is by HTML + CSS + JS gzipped.\n`);
console.log(line(table[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));

console.log(`\nCSS the pages load (each stylesheet and inline style once): ${both(site.cssLoaded)}`);
console.log(`All .css files in dist, loaded or not:                      ${both(site.cssFiles)}`);

const withJs = site.pages.filter((p) => p.js.raw > 0).sort((a, b) => b.js.gzip - a.js.gzip);
console.log(`\nJavaScript per page (gzip): ${site.pages.length - withJs.length} pages load none.`);
for (const page of withJs.slice(0, 15)) console.log(`  ${kb(page.js.gzip).padStart(8)}  ${page.url}`);
if (withJs.length > 15) console.log(`  … and ${withJs.length - 15} more, each at most ${kb(withJs[15]!.js.gzip)}`);
