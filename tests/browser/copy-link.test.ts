/**
 * Copy link: a button beside each permanent link that copies the address (as text) and a link
 * labelled with code and words (as HTML), says so on screen and to screen readers; a permanent
 * link lands with its context in view; a page of attributes holds no empty live region.
 */
import { describe, expect, test } from 'vitest';
import { attributes, pathways } from '../helpers/content.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();
const attribute = attributes.find((a) => a.id === 'p3-clarity-around-thresholds')!;
const pathwayLabel = `Pathway ${pathways.find((p) => p.id === attribute.pathway)!.number}`;

describe('copy link', () => {
	test('is a button, named with words, that copies the address as text and a link labelled with code and words as HTML', async () => {
		const context = await site.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/capabilities/managing-complexity/`);
		const line = page.locator(`[id="${attribute.id}"] .lcf-attribute__line`);
		expect(await line.getByRole('button').allTextContents()).toEqual(['Copy link', 'Add to your plan']);
		const button = line.locator('.lcf-copy-link');
		await button.click();
		// Built without SITE_URL: the address the page is served from, so that the link works where it was copied.
		const address = `${site.server.url}/pathways/${attribute.pathway}/#${attribute.id}`;
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(address);
		const html = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
		});
		const words = attribute.text.split(/\s+/).slice(0, 10).join(' ');
		expect(html).toContain(`<a href="${address}">${attribute.code} ${words}…, ${pathwayLabel}, Leadership Capability Framework</a>`);
		expect(await button.textContent()).toBe('Link copied');
		await expect.poll(() => page.textContent('[role="status"]:has-text("copied")')).toBe(`Link to ${attribute.code} copied`);
		expect(page.url()).toBe(`${site.server.url}/capabilities/managing-complexity/`);
	});

	// A trainer pastes a sub-capability's link into a slide: "CL1" alone would say nothing of it.
	test('a sub-capability\'s link is copied labelled with its code and title', async () => {
		const context = await site.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/capabilities/managing-complexity/`);
		const link = page.locator('a[data-copy-link][data-copy-words]').nth(1);
		const [code, title] = await link.evaluate((a: HTMLElement) => [a.dataset['copyLink']!, a.dataset['copyWords']!]);
		await page.locator('.lcf-copy-link').nth(1).click();
		await expect.poll(() => page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
		})).toContain(`>${code} ${title.replaceAll('&', '&amp;')}, Leadership Capability Framework</a>`);
	});

	// Fifty "Copy link" and "Add to your plan" buttons a page: in a list of buttons each says which attribute it is for.
	test('beside an attribute, both buttons are described by its statement', async () => {
		const page = await site.newPage();
		await page.goto(`${site.server.url}/pathways/${attribute.pathway}/`);
		const line = page.locator(`[id="${attribute.id}"] .lcf-attribute__line`);
		await expect.poll(() => line.getByRole('button').count()).toBe(2);
		const descriptions = await line.getByRole('button').evaluateAll((buttons) =>
			buttons.map((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent?.trim()));
		expect(descriptions).toEqual([attribute.text, attribute.text]);
	});

	test('without JavaScript, there is no button, and the code is the permanent link', async () => {
		const context = await site.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/capabilities/managing-complexity/`);
		expect(await page.locator('.lcf-copy-link').count()).toBe(0);
		await page.click(`[id="${attribute.id}"] a[data-copy-link]`);
		await page.waitForURL(new RegExp(`/pathways/${attribute.pathway}/#${attribute.id}$`));
	});

	test('tabbing through an attribute goes code, Copy link, Add to your plan, each named once', async () => {
		const page = await site.newPage();
		await page.goto(`${site.server.url}/pathways/${attribute.pathway}/`);
		await page.locator(`[id="${attribute.id}"] a[data-copy-link]`).focus();
		const names: string[] = [];
		for (let i = 0; i < 3; i++) {
			names.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText));
			await page.keyboard.press('Tab');
		}
		expect(names).toEqual([attribute.code, 'Copy link', 'Add to your plan']);
	});
});

describe('a pathway page', () => {
	test('holds no empty live region once it has loaded, and one after a copy', async () => {
		const context = await site.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/pathways/${attribute.pathway}/`);
		await page.waitForLoadState('load');
		const emptyRegions = () => page.locator('[role="status"], [role="alert"], [aria-live]').evaluateAll((els) => els.filter((el) => !el.textContent?.trim()).length);
		expect(await emptyRegions()).toBe(0);
		// And once its islands, which come after the paint, have made their buttons and filled the filter's status.
		await expect.poll(() => page.locator('[data-filter-status][role="status"]').textContent()).toMatch(/^Showing/);
		expect(await emptyRegions()).toBe(0);
		await page.locator('.lcf-copy-link').first().click();
		await page.locator('.lcf-copy-link').nth(1).click();
		await expect.poll(() => page.locator('body > [role="status"]').count()).toBe(1);
	});

	test.for([
		[390, 844],
		[1280, 800],
	])('at %i × %i px, a permanent link lands with its sub-capability and capability in view', async ([width, height]) => {
		const page = await site.newPage({ viewport: { width: width!, height: height! } });
		await page.goto(`${site.server.url}/pathways/${attribute.pathway}/#${attribute.id}`);
		await page.waitForLoadState('load');
		const section = `.lcf-subcapability:has([id="${attribute.id}"])`;
		// The capability's name and the sub-capability's heading whole, and the statement's first line.
		const inView = () =>
			page.evaluate((selectors) => selectors.map(([selector, part]) => {
				const box = document.querySelector(selector!)!.getBoundingClientRect();
				return box.top >= 0 && (part === 'top' ? box.top + 24 : box.bottom) <= window.innerHeight;
			}), [[`${section} > .lcf-subcapability__capability`, 'whole'], [`${section} > h3`, 'whole'], [`[id="${attribute.id}"] .lcf-attribute__text`, 'top']]);
		await expect.poll(inView).toEqual([true, true, true]);
	});
});
