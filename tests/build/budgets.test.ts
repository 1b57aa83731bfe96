/** The built site stays within its weight budgets (gzip -9; 1 KB = 1024 bytes). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureSite } from '../../scripts/lib/measure.ts';
import { distDir } from '../helpers/dist.ts';

const site = measureSite(distDir);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('weight budgets', () => {
	test.skipIf(!existsSync(path.join(distDir, 'pathways/pathway-2/index.html')))('the Pathway 2 page is at most 25 KB of HTML', () => {
		const { html } = site.pages.find((page) => page.url === '/pathways/pathway-2/')!;
		expect(html.gzip, `/pathways/pathway-2/ is ${kb(html.gzip)} of HTML gzipped`).toBeLessThanOrEqual(25 * 1024);
	});

	// The CSS pages load, not every .css file: Pagefind writes its own UI's stylesheets, which no page uses.
	test('the CSS all pages load comes to at most 12 KB', () => {
		expect(site.cssLoaded.gzip, `the pages load ${kb(site.cssLoaded.gzip)} of CSS gzipped`).toBeLessThanOrEqual(12 * 1024);
	});

	test.for(site.pages)('$url loads at most 6 KB of JavaScript', (page, { expect }) => {
		expect(page.js.gzip, `${page.url} loads ${kb(page.js.gzip)} of JavaScript gzipped`).toBeLessThanOrEqual(6 * 1024);
	});
});
