/** Chromium and the built site for the browser tests of one file: started before its tests, stopped after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './chromium.ts';
import { serveDist, type DistServer } from './server.ts';

export interface BrowserAndSite {
	browser: Browser;
	server: DistServer;
}

export function useBrowserAndSite(): BrowserAndSite {
	const started = {} as BrowserAndSite;
	beforeAll(async () => {
		[started.browser, started.server] = await Promise.all([launchBrowser(), serveDist()]);
	});
	afterAll(async () => {
		await started.browser?.close();
		await started.server?.close();
	});
	return started;
}
