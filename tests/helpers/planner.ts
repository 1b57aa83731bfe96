/** Steps the action planner's browser tests share: starting a plan, adding to it, reading what it says. */
import type { Page } from 'playwright-core';

export const storageKey = 'lcf-action-plan';

export const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), storageKey);

/** What the notification banner says (its title, "Success" or "Important", aside). */
export const notice = (page: Page) => page.textContent('[data-planner-notice] [data-slot="notice-text"]');

/** Waits for the banner to have focus, just before the element where the reader carries on. */
export const bannerBefore = (page: Page, selector: string) =>
	page.waitForFunction((s) => document.activeElement?.matches('[data-planner-notice]') && document.activeElement.nextElementSibling?.matches(s), selector);

/** Opens "Start a new plan or import one" unless it is open (it is, when there are no plans). */
export async function openStart(page: Page) {
	if (!(await page.locator('[data-planner-start][open]').count())) await page.click('summary:has-text("Start a new plan")');
}

/** Starts a plan for a pathway through the form, as a reader would. */
export async function startPlan(page: Page, pathway: string, name?: string) {
	await openStart(page);
	await page.check(`#new-plan-${pathway}`);
	if (name) await page.fill('#new-plan-name', name);
	await page.click('button:has-text("Start plan")');
	await bannerBefore(page, '#plan-heading');
}

export async function addAttribute(page: Page, id: string) {
	const count = await page.locator('[data-slot="plan-items"] > li').count();
	await page.selectOption('#add-attribute', id);
	await page.click('button:has-text("Add attribute")');
	await page.waitForFunction((n) => document.querySelectorAll('[data-slot="plan-items"] > li').length > n, count);
}
