/** The action planner when the browser's storage is full: every save that fails says so, and what was typed stays. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { plannerDrawn } from '../helpers/planner.ts';

const site = useBrowserAndSite();
const unsaved = 'Your plan could not be saved: this browser is not letting the site store it, or its storage is full.';

let context: BrowserContext;
afterEach(async () => context?.close());

async function open(url = '/action-plan/'): Promise<Page> {
	context = await site.browser.newContext();
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto(`${site.server.url}${url}`);
	if (url.startsWith('/action-plan/')) await plannerDrawn(page);
	return page;
}

/** Fills this origin's localStorage to the last character, as other data on a shared computer might. */
const fillStorage = (page: Page) =>
	page.evaluate(() => {
		let size = 1 << 20;
		for (let n = 0; size >= 1; n++) {
			try {
				localStorage.setItem(`other-site-data-${n}`, 'x'.repeat(size));
			} catch {
				size >>= 1;
			}
		}
	});

const notice = (page: Page) => page.textContent('[data-planner-notice] [data-slot="notice-text"]');

describe('with the storage full', () => {
	test('renaming, adding an attribute, a review and a new plan each say they were not saved, and keep what was typed', async () => {
		const page = await open();
		await page.check('#new-plan-pathway-2');
		await page.click('button:has-text("Start plan")');
		await page.waitForFunction(() => document.activeElement?.matches('[data-planner-notice]'));
		await fillStorage(page);

		// Longer than the name it replaces, so the save needs more room than the full storage has.
		await page.fill('#plan-name', 'With my supervisor in the spring term');
		await page.click('button:has-text("Rename plan")');
		expect(await notice(page)).toBe(unsaved);
		expect(await page.inputValue('#plan-name')).toBe('With my supervisor in the spring term');

		await page.selectOption('#add-attribute', 'p2-thresholds-applied-consistently');
		await page.click('button:has-text("Add attribute")');
		expect(await notice(page)).toBe(unsaved);

		await page.fill('[data-item="0"] [name=date]', '2026-11-30');
		await page.fill('[data-item="0"] [name=effect]', 'Talked it through with my manager.');
		await page.click('[data-item="0"] button:has-text("Add review")');
		expect(await notice(page)).toBe(unsaved);

		await page.click('summary:has-text("Start a new plan")');
		await page.check('#new-plan-pathway-3');
		await page.fill('#new-plan-name', 'Spring term');
		await page.click('button:has-text("Start plan")');
		expect(await notice(page)).toBe(unsaved);
		expect(await page.inputValue('#new-plan-name')).toBe('Spring term');

		// Nothing claimed to be saved was: after a reload the plan is as it was before the storage filled.
		await page.reload();
		await plannerDrawn(page);
		expect(await page.textContent('#plan-heading')).toBe('Pathway 2 action plan');
	});

	test('"Add to your plan" on a reading page says the attribute could not be added', async () => {
		const page = await open('/pathways/pathway-2/');
		await fillStorage(page);
		const item = page.locator('#p2-thresholds-applied-consistently');
		await item.locator('button:has-text("Add to your plan")').click();
		await expect.poll(() => item.locator('[role="status"]').textContent()).toBe('It could not be added: this browser is not letting the site keep a plan.');
	});
});
