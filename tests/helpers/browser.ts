/**
 * Chromium and the built site for the browser tests of one file: started before its tests, stopped
 * after. The site is served by real nginx with the configuration the build wrote, so every browser
 * test runs under the site's Content Security Policy, and the file fails if anything breaks it. Pages
 * and contexts opened through it are closed after each test, passed or failed.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './chromium.ts';
import { watchCsp } from './csp.ts';
import { distDir } from './dist.ts';
import { fourPathwaysTimeout } from './four-pathways.ts';
import { serveDist, type SiteServer } from './server.ts';

export interface BrowserAndSite {
	browser: Browser;
	server: SiteServer;
	/** Every CSP violation seen so far, as "<page>: <what was blocked>". */
	cspViolations: string[];
	/** A new page, closed after the test. */
	newPage(options?: BrowserContextOptions): Promise<Page>;
	/** A new browser profile, closed (with its pages) after the test. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * `site` gives the built site's folder to serve: dist/ unless given, e.g. `fourPathwaysSite` from
 * ./four-pathways.ts (which may build it first: hence the long wait allowed).
 */
export function useBrowserAndSite(site: () => string | Promise<string> = () => distDir): BrowserAndSite {
	const open: { close(): Promise<void> }[] = [];
	const track = <T extends { close(): Promise<void> }>(thing: T) => (open.push(thing), thing);
	const started = {
		newPage: async (options) => track(await started.browser.newPage(options)),
		newContext: async (options) => track(await started.browser.newContext(options)),
	} as BrowserAndSite;
	beforeAll(async () => {
		[started.browser, started.server] = await Promise.all([launchBrowser(), Promise.resolve(site()).then((dir) => serveDist(dir))]);
		started.cspViolations = watchCsp(started.browser);
	}, fourPathwaysTimeout);
	afterEach(async () => {
		await Promise.all(open.splice(0).map((thing) => thing.close().catch(() => undefined)));
	});
	afterAll(async () => {
		await started.browser?.close();
		await started.server?.close();
		expect(started.cspViolations ?? [], 'Content Security Policy violations').toEqual([]);
	});
	return started;
}
