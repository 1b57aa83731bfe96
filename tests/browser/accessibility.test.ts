/** Every built page passes axe-core's WCAG 2.x A and AA checks in Chromium, in the light and the dark colour scheme. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Axe from 'axe-core';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/chromium.ts';
import { builtPages, distDir } from '../helpers/dist.ts';
import { serveDist, type DistServer } from '../helpers/server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: DistServer;
beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveDist()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** axe's violations on the page at `url`, one line per rule: id, impact, help and the offending elements. */
async function violations(url: string, options: BrowserContextOptions, settle = false): Promise<string[]> {
	const context = await browser.newContext(options);
	try {
		// As an init script rather than a script tag added afterwards: Chromium compiles it during the load, a good deal sooner.
		await context.addInitScript({ content: axeSource });
		const page = await context.newPage();
		await page.goto(server.url + url, { waitUntil: settle ? 'networkidle' : 'load' });
		// Two frames more: time for the page's scripts to apply what they read from the URL.
		if (settle) await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const results = await page.evaluate(
			(values) => (window as unknown as { axe: typeof Axe }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
			tags,
		);
		return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
	} finally {
		await context.close();
	}
}

const schemes = ['light', 'dark'] as const;
const cases = builtPages().flatMap((page) => schemes.map((scheme) => ({ ...page, scheme })));

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	test.each(cases)('$url has no violations in the $scheme colour scheme', async ({ url, scheme }) => {
		expect(await violations(url, { colorScheme: scheme })).toEqual([]);
	});

	const pathway2 = path.join(distDir, 'pathways/pathway-2/index.html');
	test.skipIf(!existsSync(pathway2))('the pathway page filtered to one curriculum area has no violations', async () => {
		expect(await violations('/pathways/pathway-2/?area=making-decisions', {}, true)).toEqual([]);
	});
});
