/**
 * The planner open in two tabs of one browser (#20): edits made at the same time in both are all
 * kept, and another tab's save never wipes what is being typed; and a stored plan beyond the limits
 * is listed with a plain message instead of being drawn.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { itemLimit } from '../../schemas/action-plan/format.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { addAttribute, plannerDrawn, startPlan, storageKey, stored } from '../helpers/planner.ts';

const site = useBrowserAndSite();

async function tab(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto(`${site.server.url}/action-plan/`);
	await plannerDrawn(page);
	return page;
}

/** Tab A with a plan of two items, and tab B showing the same plan. */
async function twoTabs() {
	const context = await site.newContext();
	const a = await tab(context);
	await startPlan(a, 'pathway-2', 'Shared');
	await addAttribute(a, 'p2-thresholds-applied-consistently');
	await addAttribute(a, 'p2-jointly-owns-outcomes');
	const b = await tab(context);
	await b.waitForSelector('[data-item="1"]');
	return { a, b };
}

const tries = async (page: Page) => ((await stored(page)) as { plans: { items: { try: string }[] }[] }).plans[0]!.items.map((i) => i.try);

describe('two tabs', () => {
	test('edits made at the same time in both tabs, to different items, are all kept', async () => {
		const { a, b } = await twoTabs();
		for (let round = 1; round <= 10; round++) await Promise.all([a.fill('#item-0-try', `A ${round}`), b.fill('#item-1-try', `B ${round}`)]);
		await expect.poll(() => tries(a)).toEqual(['A 10', 'B 10']);
		await expect.poll(() => a.inputValue('#item-1-try')).toBe('B 10');
		await expect.poll(() => b.inputValue('#item-0-try')).toBe('A 10');
		expect(await a.inputValue('#item-0-try')).toBe('A 10');
		expect(await b.inputValue('#item-1-try')).toBe('B 10');
	});

	test("another tab's save keeps a new name being typed, and the caret of the field being written in", async () => {
		const { a, b } = await twoTabs();
		await a.fill('#plan-name', 'Half typed');
		await a.fill('#item-0-try', 'Hello world');
		await a.evaluate(() => (document.getElementById('item-0-try') as HTMLTextAreaElement).setSelectionRange(5, 5));
		await b.fill('#item-1-evidence', 'From the other tab');
		await expect.poll(() => a.inputValue('#item-1-evidence')).toBe('From the other tab');
		expect(await a.inputValue('#plan-name'), 'the name typed and not yet sent').toBe('Half typed');
		expect(await a.evaluate(() => [document.activeElement?.id, (document.activeElement as HTMLTextAreaElement).selectionStart])).toEqual(['item-0-try', 5]);
		await a.keyboard.type(',');
		expect(await a.inputValue('#item-0-try')).toBe('Hello, world');
	});
});

describe('a stored plan beyond the limits', () => {
	test('is listed with a plain message and not opened; the other plans open, and it can be deleted', async () => {
		const context = await site.newContext();
		const page = await tab(context);
		await page.evaluate(
			({ key, items }) => {
				const time = '2026-01-05T09:00:00.000Z';
				const item = (i: number) => ({ kind: 'attribute', id: `p2-made-up-${i}`, code: 'P2-CU1.1', text: 'Made up.', pathway: 'pathway-2', evidence: '', added: time, try: '', whenWhere: '', support: '', measure: '', reviews: [] });
				const huge = { id: 'plan-huge', name: 'Huge', pathway: 'pathway-2', created: time, updated: '2026-02-01T09:00:00.000Z', items: Array.from({ length: items }, (_, i) => item(i)) };
				const small = { id: 'plan-small', name: 'Small', pathway: 'pathway-2', created: time, updated: time, items: [item(0)] };
				localStorage.setItem(key, JSON.stringify({ version: 2, current: huge.id, plans: [huge, small] }));
			},
			{ key: storageKey, items: 13_087 },
		);
		await page.reload();
		await plannerDrawn(page);
		const list = page.locator('[data-planner-plans] li', { hasText: 'Huge' });
		expect(await list.textContent()).toContain(`This plan is too large to open here: a plan can hold up to ${itemLimit} items`);
		expect(await page.textContent('#plan-heading')).toBe('Small');
		expect(await page.locator('[data-slot="plan-items"] > li').count()).toBe(1);

		await list.locator('button:has-text("Delete")').click();
		await page.click('button:has-text("Yes, delete this plan")');
		expect(((await stored(page)) as { plans: { name: string }[] }).plans.map((p) => p.name)).toEqual(['Small']);
	});
});
