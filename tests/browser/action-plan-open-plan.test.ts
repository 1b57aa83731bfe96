/**
 * Which plan "Add to your plan" adds to, and which plan a later visit shows (#20): the plan open in
 * the tab, else the one last opened, started or changed in any tab; and the message it gives is a
 * live region in the page before its words are.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { plannerDrawn, startPlan, stored } from '../helpers/planner.ts';

const site = useBrowserAndSite();

async function tab(context: BrowserContext, url = '/action-plan/'): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	await goTo(page, url);
	return page;
}

async function goTo(page: Page, url: string) {
	await page.goto(`${site.server.url}${url}`);
	if (url === '/action-plan/') await plannerDrawn(page);
	// Reading pages make their buttons once they have painted.
	else await page.waitForSelector('lcf-add-to-plan button');
}

const planNames = async (page: Page) => ((await stored(page)) as { plans: { name: string; items: { id: string }[] }[] }).plans.map((p) => `${p.name}: ${p.items.map((i) => i.id).join(', ')}`);

async function openPlan(page: Page, name: string) {
	await page.click(`button:has-text("Open ${name}")`);
	await page.waitForFunction((n) => document.activeElement?.id === 'plan-heading' && document.activeElement.textContent === n, name);
}

describe('"Add to your plan"', () => {
	test('adds a strategy to the plan opened in the tab, not the one added to last', async () => {
		const page = await tab(await site.newContext());
		await startPlan(page, 'pathway-2');
		await goTo(page, '/pathways/pathway-3/');
		await page.locator('lcf-add-to-plan button').first().click();
		await expect.poll(() => page.locator('lcf-add-to-plan [role="status"]').first().textContent()).toMatch(/^Added to your plan “Pathway 3 action plan”/);
		await goTo(page, '/action-plan/');
		await openPlan(page, 'Pathway 2 action plan');
		await goTo(page, '/resources/expanding-capacity-in-practice/');
		const strategy = page.locator('.lcf-strategy', { hasText: 'Skill-sharing sessions' });
		await strategy.locator('button:has-text("Add to your plan")').click();
		await expect.poll(() => strategy.locator('[role="status"]').textContent()).toBe('Added to your plan “Pathway 2 action plan” — view your plan');

		await goTo(page, '/action-plan/');
		expect(await page.textContent('#plan-heading')).toBe('Pathway 2 action plan');
		expect(await page.textContent('[data-item="0"] h4')).toContain('Skill-sharing sessions');
	});

	test('adds an attribute to the older of two plans for its pathway when that one is open', async () => {
		const page = await tab(await site.newContext());
		await startPlan(page, 'pathway-2');
		await startPlan(page, 'pathway-2', 'Supervision, spring term');
		await openPlan(page, 'Pathway 2 action plan');
		await goTo(page, '/pathways/pathway-2/');
		const item = page.locator('#p2-thresholds-applied-consistently');
		await item.locator('button:has-text("Add to your plan")').click();
		await expect.poll(() => item.locator('[role="status"]').textContent()).toBe('Added to your plan “Pathway 2 action plan” — view your plan');
		expect(await planNames(page)).toEqual(['Pathway 2 action plan: p2-thresholds-applied-consistently', 'Supervision, spring term: ']);
	});

	test('adds an attribute for another pathway to that pathway’s plan, and says so', async () => {
		const page = await tab(await site.newContext());
		await startPlan(page, 'pathway-2');
		await startPlan(page, 'pathway-3');
		await openPlan(page, 'Pathway 2 action plan');
		await goTo(page, '/pathways/pathway-3/');
		const button = page.locator('lcf-add-to-plan button').first();
		await button.click();
		await expect.poll(() => page.locator('lcf-add-to-plan [role="status"]').first().textContent()).toBe('Added to your plan “Pathway 3 action plan” — view your plan');
		// "view your plan" shows the plan it went to.
		await page.click('lcf-add-to-plan [role="status"] a');
		await plannerDrawn(page);
		expect(await page.textContent('#plan-heading')).toBe('Pathway 3 action plan');
	});

	// Its message goes on a row of its own, at every width: it once pushed the button onto the next line.
	test.each([390, 1280])('at %i px its button and the line stay where they were when its message appears', async (width) => {
		const page = await tab(await site.newContext({ viewport: { width, height: 844 } }), '/pathways/pathway-2/');
		const item = page.locator('#p2-conflict-values-service-context');
		// Where on the page (not the screen: the click scrolls) the button and the code are.
		const boxes = () =>
			item.evaluate((li) => ['lcf-add-to-plan button', '.lcf-cite__code'].map((s) => ((r) => [r.x, r.y + scrollY])(li.querySelector(s)!.getBoundingClientRect())));
		// A web font swapped in between the two measurements would move them.
		await page.evaluate(() => document.fonts.ready);
		const before = await boxes();
		await item.locator('button:has-text("Add to your plan")').click();
		await expect.poll(() => item.locator('[role="status"]').textContent()).toMatch(/^Added to your plan/);
		expect(await boxes()).toEqual(before);
	});

	test('its message is a live region in the page, empty, before its words are set', async () => {
		const page = await tab(await site.newContext(), '/pathways/pathway-2/');
		const item = page.locator('#p2-thresholds-applied-consistently');
		const button = item.locator('button:has-text("Add to your plan")');
		const status = item.locator('[role="status"]');
		expect(await status.count(), 'none before the reader comes to the button').toBe(0);
		await button.focus();
		expect(await status.count()).toBe(1);
		expect(await status.textContent()).toBe('');
		await button.press('Enter');
		await expect.poll(() => status.textContent()).toMatch(/^Added to your plan/);

		// A click that comes with no focus or pointer first, as from a screen reader's browse mode:
		// the region is still put in the page empty, and its words come after.
		const other = page.locator('#p2-jointly-owns-outcomes');
		const seen = await other.evaluate(
			(li) =>
				new Promise<string[]>((resolve) => {
					const log: string[] = [];
					new MutationObserver((records, observer) => {
						for (const record of records) {
							for (const node of record.addedNodes) if (node instanceof HTMLElement && node.role === 'status') log.push(`region added: "${node.textContent}"`);
							const region = (record.target as Element).closest?.('[role="status"]');
							if (region && record.target !== li && region.textContent) log.push(`words: ${region.textContent}`);
						}
						if (log.some((line) => line.startsWith('words'))) (observer.disconnect(), resolve(log));
					}).observe(li, { childList: true, subtree: true, characterData: true });
					li.querySelector<HTMLButtonElement>('lcf-add-to-plan button')!.click();
				}),
		);
		expect(seen[0]).toBe('region added: ""');
		expect(seen.at(-1)).toMatch(/^words: Added to your plan/);
	});
});

describe('a later visit', () => {
	test('opens the plan last opened, started or changed, in any tab', async () => {
		const context = await site.newContext();
		const first = await tab(context);
		await startPlan(first, 'pathway-2');
		await startPlan(first, 'pathway-3');
		expect(await (await tab(context)).textContent('#plan-heading'), 'the plan started last').toBe('Pathway 3 action plan');
		await openPlan(first, 'Pathway 2 action plan');
		const second = await tab(context);
		expect(await second.textContent('#plan-heading'), 'the plan opened last').toBe('Pathway 2 action plan');

		await openPlan(second, 'Pathway 3 action plan');
		await first.fill('#plan-name', 'Renamed');
		await first.click('button:has-text("Rename plan")');
		await first.waitForFunction(() => document.activeElement?.matches('[data-planner-notice]'));
		expect(await (await tab(context)).textContent('#plan-heading'), 'the plan changed last').toBe('Renamed');
	});
});
