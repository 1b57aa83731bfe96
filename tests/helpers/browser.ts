/**
 * Chromium and the built site for the browser tests of one file: started before its tests, stopped
 * after. The site is served by real nginx with the configuration the build wrote, so every browser
 * test runs under the site's Content Security Policy, and the file fails if anything breaks it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './chromium.ts';
import { watchCsp } from './csp.ts';
import { serveDist, type SiteServer } from './server.ts';

export interface BrowserAndSite {
	browser: Browser;
	server: SiteServer;
	/** Every CSP violation seen so far, as "<page>: <what was blocked>". */
	cspViolations: string[];
}

export function useBrowserAndSite(): BrowserAndSite {
	const started = {} as BrowserAndSite;
	beforeAll(async () => {
		[started.browser, started.server] = await Promise.all([launchBrowser(), serveDist()]);
		started.cspViolations = watchCsp(started.browser);
	});
	afterAll(async () => {
		await started.browser?.close();
		await started.server?.close();
		expect(started.cspViolations ?? [], 'Content Security Policy violations').toEqual([]);
	});
	return started;
}
