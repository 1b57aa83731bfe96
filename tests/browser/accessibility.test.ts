/**
 * Every built page passes axe-core's WCAG 2.x A and AA checks, and its best practice that all content
 * is in a landmark, in Chromium, in the light and the dark colour scheme.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';
import { problemsByPage, timeoutFor, visitEveryPage } from '../helpers/every-page.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';

// Loaded as an init script rather than a script tag added afterwards: Chromium compiles it during
// the page load, and reuses the compiled code from page to page in one tab.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Not the pages that only redirect: the browser leaves them at once, for the page they point to.
const pages = builtPages().filter((page) => !page.redirect);

const site = useBrowserAndSite();

/** axe's violations on the loaded page, one line per rule: id, impact, help and the offending elements. */
async function violations(page: Page): Promise<string[]> {
	const results = await page.evaluate(
		// And one best practice: all content inside a landmark (`region`), as screen-reader users move by landmarks.
		(values) => (window as unknown as { axe: typeof Axe }).axe.run(document, { runOnly: { type: 'tag', values }, rules: { region: { enabled: true } }, resultTypes: ['violations'] }),
		tags,
	);
	return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
	test.for(['light', 'dark'] as const)('no page has a violation in the %s colour scheme', { timeout: timeoutFor(pages, 3_000) }, async (colorScheme) => {
		const found = await visitEveryPage(site.browser, site.server.url, pages, { colorScheme, initScript: axeSource }, violations);
		expect(problemsByPage(found, (v) => v)).toEqual([]);
	});

	test.skipIf(!existsSync(path.join(distDir, 'pathways/pathway-2/index.html')))('Pathway 2 filtered to one curriculum area has no violation', async () => {
		const context = await site.newContext();
		try {
			await context.addInitScript({ content: axeSource });
			const page = await context.newPage();
			await page.goto(`${site.server.url}/pathways/pathway-2/?area=making-decisions`, { waitUntil: 'networkidle' });
			// Two frames more: time for the page's scripts to apply the filter they read from the URL.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			expect(await violations(page)).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
