/** Copy link: copies the permanent address and code, and says so on screen and to screen readers. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/chromium.ts';
import { serveDist, type DistServer } from '../helpers/server.ts';

let browser: Browser;
let server: DistServer;
beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveDist()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('copy link', () => {
	test('copies the code and permanent address of an attribute, with a visible and announced confirmation', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
		const page = await context.newPage();
		await page.goto(`${server.url}/capabilities/managing-complexity/`);
		const link = page.locator('[data-copy-link="P3-CO3.2"]');
		expect(await link.textContent()).toBe('Copy link to P3-CO3.2');
		await link.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`P3-CO3.2 ${server.url}/pathways/pathway-3/#p3-clarity-around-thresholds`,
		);
		expect(await link.textContent()).toBe('Link copied to P3-CO3.2');
		expect(await page.textContent('[role="status"]:has-text("copied")')).toBe('Link to P3-CO3.2 copied');
		expect(page.url()).toBe(`${server.url}/capabilities/managing-complexity/`);
		await context.close();
	});

	test('without JavaScript, is the permanent link itself', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}/capabilities/managing-complexity/`);
		await page.click('[data-copy-link="P3-CO3.2"]');
		await page.waitForURL(/\/pathways\/pathway-3\/#p3-clarity-around-thresholds$/);
		await context.close();
	});
});
