/** Copy buttons on references: they copy the reference (text, and HTML with its italics), say so, and are absent without JavaScript. */
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();
const page2 = '/capabilities/maintaining-curiosity/';

describe('copy a reference', () => {
	test('copies the Harvard reference as text and as HTML, and announces it', async () => {
		const context = await site.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
		const page = await context.newPage();
		await page.goto(`${site.server.url}${page2}`);
		await page.click('summary:has-text("Cite this capability")');
		const button = page.getByRole('button', { name: 'Copy the Harvard reference' });
		const reference = (await page.locator('[data-citation]', { has: button }).locator('[data-citation-text]').textContent())!;
		expect(reference).toMatch(/^Frontline and Department for Education \(no date\) ‘Maintaining Curiosity’, in /);
		// The date of access is today's, as the reader's browser has it.
		const today = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));
		expect(reference).toMatch(new RegExp(`\\(Accessed: ${today}\\)\\.$`));
		await button.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
		const html = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
		});
		expect(html).toContain('<i>Leadership Capability Framework</i>');
		expect(await button.textContent()).toBe('Copied');
		await expect.poll(() => page.textContent('[role="status"]:has-text("reference copied")')).toBe('Harvard reference copied');
		await context.close();
	});

	test('puts in today in each style\'s order: Harvard "1 December 2026", APA 7 "December 1, 2026"', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.url}${page2}`);
		const [harvard, apa] = await page.locator('[data-citation-text]').allTextContents();
		const today = (locale: string) => page.evaluate((l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()), locale);
		expect(harvard).toMatch(new RegExp(`\\(Accessed: ${await today('en-GB')}\\)\\.$`));
		expect(apa).toContain(`Retrieved ${await today('en-US')}, from`);
		expect(apa).toMatch(/Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from/);
		await page.close();
	});

	test('without JavaScript, shows the references with no button', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.url}${page2}`);
		await page.click('summary:has-text("Cite this capability")');
		expect(await page.locator('[data-citation-text]').first().isVisible()).toBe(true);
		expect(await page.locator('[data-citation-text]').first().textContent()).toMatch(/\(Accessed: day month year\)\.$/);
		expect(await page.locator('[data-citation-text]').nth(1).textContent()).toContain('Retrieved month day, year, from');
		expect(await page.locator('[data-copy-citation]').first().isVisible()).toBe(false);
		await context.close();
	});
});

describe('the pathway page\'s cite link', () => {
	test('follows the attribute or sub-capability the address names, to its reference on the cite page', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.url}/pathways/pathway-2/#p2-clear-on-own-strengths`);
		const cite = page.locator('a[data-cite-follows]');
		await expect.poll(() => cite.getAttribute('href')).toBe('/cite/pathway-2/#p2-clear-on-own-strengths');
		await page.evaluate(() => (location.hash = 'curiosity-of-self'));
		await expect.poll(() => cite.getAttribute('href')).toBe('/cite/pathway-2/#cite-curiosity-of-self-heading');
		await page.evaluate(() => (location.hash = ''));
		await expect.poll(() => cite.getAttribute('href')).toBe('/cite/pathway-2/');
		await page.goto(`${site.server.url}/pathways/pathway-2/#p2-clear-on-own-strengths`);
		await cite.click();
		await page.waitForURL(/\/cite\/pathway-2\/#p2-clear-on-own-strengths$/);
		expect(await page.locator(':target .lcf-cite-item__statement').textContent()).toContain('P2-');
		await page.close();
	});
});
