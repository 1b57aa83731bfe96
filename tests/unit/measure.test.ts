/** Page weights count what is sent: inline CSS and JavaScript once, in the HTML that carries them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
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
