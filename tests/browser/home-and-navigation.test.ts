/**
 * The first screen on a phone leads into the content; the navigation fits a phone (one row:
 * "Menu") and works from the keyboard; headings follow GOV.UK's type scale at each width.
 */
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();
const phone = { viewport: { width: 390, height: 844 } };
const laptop = { viewport: { width: 1280, height: 800 } };

describe('the home page on a phone', () => {
	test('shows a pathway link within the first screen', async () => {
		const page = await site.newPage(phone);
		await page.goto(`${site.server.url}/`);
		const box = await page.locator('main a[href^="/pathways/pathway-"]').first().boundingBox();
		expect(box!.y + box!.height).toBeLessThanOrEqual(phone.viewport.height);
	});
});

describe('the navigation', () => {
	test('takes one row on a phone: "Menu", the sections folded behind it', async () => {
		const page = await site.newPage(phone);
		await page.goto(`${site.server.url}/`);
		const nav = (await page.locator('nav[aria-label="Main"]').boundingBox())!;
		expect(nav.height).toBeLessThanOrEqual(56);
		expect(await page.locator('nav[aria-label="Main"] summary').textContent()).toBe('Menu');
		expect(await page.locator('.lcf-nav__link').first().isVisible()).toBe(false);
	});

	test('opens from the keyboard on a phone, and its sections follow in order', async () => {
		const page = await site.newPage(phone);
		await page.goto(`${site.server.url}/pathways/`);
		// Skip link, the site's name, the search box and its button, then "Menu".
		for (let n = 0; n < 5; n++) await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
		await page.keyboard.press('Enter');
		const labels: string[] = [];
		for (let n = 0; n < 6; n++) {
			await page.keyboard.press('Tab');
			labels.push(await page.evaluate(() => document.activeElement!.textContent!.trim()));
			const box = (await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON())) as DOMRect;
			expect(box.bottom).toBeLessThanOrEqual(phone.viewport.height);
		}
		expect(labels).toEqual(['Pathways', 'Capabilities', 'Compare pathways', 'Curriculum areas', 'Resources', 'Action plan']);
		expect(await page.locator('.lcf-nav__link[aria-current]').textContent()).toContain('Pathways');
	});

	test('shows every section in one row on a laptop, without "Menu"', async () => {
		const page = await site.newPage(laptop);
		await page.goto(`${site.server.url}/`);
		expect(await page.locator('nav[aria-label="Main"] summary').isVisible()).toBe(false);
		const tops = await page.locator('.lcf-nav__link').evaluateAll((links) => links.map((link) => (link.checkVisibility() ? link.getBoundingClientRect().top : -1)));
		expect(tops).toHaveLength(6);
		expect(new Set(tops).size, `tops: ${tops.join(', ')}`).toBe(1);
		expect(tops[0]).toBeGreaterThan(0);
	});
});

describe('the type scale', () => {
	test.for([
		['a phone', '32px', phone],
		['a laptop', '48px', laptop],
	] as const)('the main heading on %s is %s', async ([, size, options]) => {
		const page = await site.newPage(options);
		await page.goto(`${site.server.url}/`);
		expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontSize)).toBe(size);
	});
});
