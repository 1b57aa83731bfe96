/** Page weights count what is sent: inline CSS and JavaScript once, in the HTML that carries them. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { firstLoadGzip, measureSite } from '../../scripts/tools/measure.ts';

test('a page\'s first load is its HTML, inline code and all, plus the files it fetches', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'lcf-measure-'));
	const html = `<!doctype html><html lang="en"><head><title>t</title><style>p{color:red}</style><link rel="stylesheet" href="/a.css"></head><body><p>x</p><script type="module">console.log(1)</script></body></html>`;
	writeFileSync(path.join(dir, 'index.html'), html);
	writeFileSync(path.join(dir, 'a.css'), 'body{margin:0}');
	const [page] = measureSite(dir).pages;
	const gz = (s: string) => gzipSync(s, { level: 9 }).length;
	expect(firstLoadGzip(page!)).toBe(gz(html) + gz('body{margin:0}'));
	expect(page!.requests).toBe(2);
});

test('a script an inline script loads once the page has painted is part of its first load', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'lcf-measure-'));
	const loader = 'requestAnimationFrame(()=>setTimeout(()=>import(`/islands.js`)))';
	writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body><p>x</p><script type="module">${loader}</script></body></html>`);
	writeFileSync(path.join(dir, 'islands.js'), 'import "./shared.js";customElements.define("x-y",class extends HTMLElement{})');
	writeFileSync(path.join(dir, 'shared.js'), 'export const a=1');
	const [page] = measureSite(dir).pages;
	expect(page!.requests).toBe(3);
	expect(page!.fetched.gzip).toBe(gzipSync(readFileSync(path.join(dir, 'islands.js')), { level: 9 }).length + gzipSync('export const a=1', { level: 9 }).length);
});

test('the CSS pages inline counts each rule once, however many pages inline it', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'lcf-measure-'));
	const page = (css: string) => `<!doctype html><html lang="en"><head><title>t</title><style>${css}</style></head><body><p>x</p></body></html>`;
	writeFileSync(path.join(dir, 'index.html'), page('p{color:red}@media print{p{color:#000}}'));
	writeFileSync(path.join(dir, 'b.html'), page('p{color:red}@media print{p{color:#000}}h1{margin:0}'));
	expect(measureSite(dir).cssLoaded.gzip).toBe(gzipSync('p{color:red}@media print{p{color:#000}}h1{margin:0}', { level: 9 }).length);
});
