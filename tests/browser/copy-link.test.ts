/** Copy link: copies the permanent address and code, and says so on screen and to screen readers. */
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();

describe('copy link', () => {
	test('copies the code and permanent address of an attribute, with a visible and announced confirmation', async () => {
		const context = await site.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/capabilities/managing-complexity/`);
		const link = page.locator('[data-copy-link="P3-CO3.2"]');
		expect(await link.textContent()).toBe('Copy link to P3-CO3.2');
		await link.click();
		// The address on the published site (the canonical one), alone as text; as HTML, a link labelled with the code.
		const address = `${new URL((await page.getAttribute('link[rel="canonical"]', 'href'))!).origin}/pathways/pathway-3/#p3-clarity-around-thresholds`;
		expect(address).not.toContain(site.server.url);
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(address);
		const html = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
		});
		expect(html).toContain(`<a href="${address}">P3-CO3.2</a>`);
		expect(await link.textContent()).toBe('Link copied to P3-CO3.2');
		await expect.poll(() => page.textContent('[role="status"]:has-text("copied")')).toBe('Link to P3-CO3.2 copied');
		expect(page.url()).toBe(`${site.server.url}/capabilities/managing-complexity/`);
	});

	test('without JavaScript, is the permanent link itself', async () => {
		const context = await site.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/capabilities/managing-complexity/`);
		await page.click('[data-copy-link="P3-CO3.2"]');
		await page.waitForURL(/\/pathways\/pathway-3\/#p3-clarity-around-thresholds$/);
	});
});
