/**
 * The comparison with four pathways (#18), on the bench's generated content at 2× (the real two plus
 * two generated ones, content files only): `/compare/` and the page of each other neighbouring pair
 * (`/compare/<pathway>/`, #23) do not scroll sideways at 200% text (WCAG 1.4.10), and where the columns
 * show, the stuck pathway headings never cover a row a link led to (WCAG 2.4.11).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/chromium.ts';
import { scaledSite, scaledSiteTimeout } from '../helpers/scaled-site.ts';
import { serveDist, type SiteServer } from '../helpers/server.ts';

let browser: Browser;
let server: SiteServer;
const pages: Page[] = [];

beforeAll(async () => {
	// The same 2× site as budgets-2x.test.ts, built once for both.
	const site = await scaledSite(2);
	expect(site.content.pathways, 'the generated content has four pathways').toBe(4);
	[browser, server] = await Promise.all([launchBrowser(), serveDist(site.dist)]);
}, scaledSiteTimeout);
afterEach(async () => {
	await Promise.all(pages.splice(0).map((page) => page.close()));
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(url: string, width: number, textSize = '100%'): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 700 }, reducedMotion: 'reduce' });
	pages.push(page);
	await page.goto(`${server.url}${url}`);
	// Text made larger as a reader's browser setting would: the root font size, which rem follows.
	await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
	return page;
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(['/compare/', '/compare/pathway-4/'])('the comparison with four pathways, %s', (url) => {
	test.each([390, 768, 1024, 1280])('does not scroll sideways at %i px', async (width) => {
		expect(await sideways(await open(url, width)), 'pixels of sideways scrolling').toBe(0);
	});

	test.each([768, 1280])('does not scroll sideways at %i px with text at twice its size', async (width) => {
		expect(await sideways(await open(url, width, '200%')), 'pixels of sideways scrolling').toBe(0);
	});

	test.each([768, 1024, 1280])('at %i px a linked row lands below the stuck headings', async (width) => {
		const row = 'capacity-for-resilience-and-wellbeing';
		const page = await open(`${url}#${row}`, width);
		const { top, covered } = await page.evaluate((id) => {
			const heads = [...document.querySelectorAll('.lcf-compare thead th')].filter((th) => getComputedStyle(th).position === 'sticky' && th.checkVisibility());
			return { top: document.getElementById(id)!.getBoundingClientRect().top, covered: Math.max(0, ...heads.map((th) => th.getBoundingClientRect().bottom)) };
		}, row);
		expect(top, `#${row} starts at ${top}px, under headings reaching ${covered}px`).toBeGreaterThanOrEqual(covered);
	});
});
