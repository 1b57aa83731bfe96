/**
 * Chromium and the built site for the browser tests of one file: started before its tests, stopped
 * after. Pages and contexts opened through it are closed after each test, passed or failed.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser } from './chromium.ts';
import { serveDist, type DistServer } from './server.ts';

export interface BrowserAndSite {
	browser: Browser;
	server: DistServer;
	/** A new page, closed after the test. */
	newPage(options?: BrowserContextOptions): Promise<Page>;
	/** A new browser profile, closed (with its pages) after the test. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function useBrowserAndSite(): BrowserAndSite {
	const open: { close(): Promise<void> }[] = [];
	const track = <T extends { close(): Promise<void> }>(thing: T) => (open.push(thing), thing);
	const started = {
		newPage: async (options) => track(await started.browser.newPage(options)),
		newContext: async (options) => track(await started.browser.newContext(options)),
	} as BrowserAndSite;
	beforeAll(async () => {
		[started.browser, started.server] = await Promise.all([launchBrowser(), serveDist()]);
	});
	afterEach(async () => {
		await Promise.all(open.splice(0).map((thing) => thing.close().catch(() => undefined)));
	});
	afterAll(async () => {
		await started.browser?.close();
		await started.server?.close();
	});
	return started;
}
