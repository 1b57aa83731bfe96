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
		// Made once the page has painted (Islands.astro): on a busy machine, a moment after the load.
		await expect.poll(() => line.getByRole('button').allTextContents()).toEqual(['Copy link', 'Add to your plan']);
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

	// From /links/pathway-3/ the label left out "Pathway 3" (#3 of the review): one attribute, one label, wherever it is copied.
	test('an attribute\'s link is labelled the same from its pathway\'s link page as from its pathway page', async () => {
		const context = await site.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
		const page = await context.newPage();
		const copied = async (url: string) => {
			await page.goto(`${site.server.url}${url}`);
			await page.locator(`tr:has(a[href$="#${attribute.id}"]) .lcf-copy-link, [id="${attribute.id}"] .lcf-copy-link`).click();
			let html = '';
			await expect.poll(async () => (html = await page.evaluate(async () => {
				const [item] = await navigator.clipboard.read();
				return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
			}))).toContain(attribute.code);
			await page.evaluate(() => navigator.clipboard.writeText(''));
			return html;
		};
		const fromPathway = await copied(`/pathways/${attribute.pathway}/`);
		expect(fromPathway).toContain(`, ${pathwayLabel}, Leadership Capability Framework</a>`);
		expect(await copied(`/links/${attribute.pathway}/`)).toBe(fromPathway);
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

	// On a phone it took two rows under every statement, a fifth of the page (#6 of the review).
	test('at 390 px, each attribute\'s code and buttons are one row, each at least 24 px high (WCAG 2.5.8)', async () => {
		const page = await site.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.server.url}/pathways/${attribute.pathway}/`);
		await expect.poll(() => page.locator(`[id="${attribute.id}"] .lcf-attribute__line button`).count()).toBe(2);
		const lines = await page.locator('.lcf-attribute__line').evaluateAll((lines) =>
			lines.map((line) => {
				// "Add to your plan" lays its button out in the line itself (display: contents).
				const parts = [...line.children].flatMap((child) => (getComputedStyle(child).display === 'contents' ? [...child.children] : [child]));
				const boxes = parts.map((part) => part.getBoundingClientRect()).filter((box) => box.height > 0);
				return { parts: boxes.length, rows: new Set(boxes.map((box) => Math.round(box.top))).size, shortest: Math.min(...boxes.map((box) => box.height)) };
			}));
		expect(lines.length).toBe(attributes.filter((a) => a.pathway === attribute.pathway).length);
		expect(lines.filter((line) => line.rows !== 1 || line.parts < 3)).toEqual([]);
		expect(Math.min(...lines.map((line) => line.shortest))).toBeGreaterThanOrEqual(24);
	});

	// The reviewers' P2-CU4.2 on a phone landed with its code and buttons below the screen: the attribute wins.
	const landings = [attribute.id, 'p2-asks-for-feedback'].flatMap((id) =>
		[[390, 844], [640, 400], [1280, 800]].map(([width, height]) => ({ id, pathway: attributes.find((a) => a.id === id)!.pathway, width: width!, height: height! })),
	);
	test.for(landings)('at $width × $height px, a link to $id lands with the attribute whole and as much of its context as fits', async ({ id, pathway, width, height }) => {
		const page = await site.newPage({ viewport: { width, height } });
		await page.goto(`${site.server.url}/pathways/${pathway}/#${id}`);
		await page.waitForLoadState('load');
		// Once its buttons are made (they are part of what must show).
		await expect.poll(() => page.locator(`[id="${id}"] .lcf-attribute__line button`).count()).toBe(2);
		const landed = () =>
			page.evaluate((id) => {
				const item = document.getElementById(id)!.getBoundingClientRect();
				const section = document.getElementById(id)!.closest('.lcf-subcapability')!;
				const capability = section.querySelector('.lcf-subcapability__capability')!.getBoundingClientRect();
				const heading = section.querySelector('h3')!.getBoundingClientRect();
				const both = item.bottom - capability.top + 32 <= innerHeight;
				return {
					whole: item.top >= 0 && item.bottom <= innerHeight,
					// Both when they fit; else the attribute as low as it can sit, the context above it.
					context: both ? capability.top >= 0 && heading.bottom <= item.top : innerHeight - item.bottom <= 17,
				};
			}, id);
		await expect.poll(landed).toEqual({ whole: true, context: true });
	});
});
