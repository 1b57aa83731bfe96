/**
 * The plan printed for supervision, as Chromium prints it to PDF (`page.pdf()`), read page by page:
 * an item starts on the first page, each "In supervision" box and answer is kept whole, and a level
 * not chosen yet prints as the three levels to tick.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { squash } from '../helpers/pdf.ts';
import { plannerDrawn, storePlan, supervisionPlan } from '../helpers/planner.ts';

const site = useBrowserAndSite();
const plan = supervisionPlan();
/** Each printed page's text without white space. */
let pages: string[];
/** What the printout says under "Where I am now", for each item; whether its boxes to tick are drawn. */
let levels: string[];
let boxes: string[];
/** The item each "In supervision" box says it is for. */
let boxesFor: string[];

beforeAll(async () => {
	const page: Page = await site.newPage();
	await page.goto(`${site.server.url}/action-plan/`);
	await plannerDrawn(page);
	await storePlan(page, plan);
	await page.waitForSelector('[data-slot="print-items"] section', { state: 'attached' });
	await page.emulateMedia({ media: 'print' });
	const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), verbosity: 0 }).promise;
	pages = [];
	for (let n = 1; n <= doc.numPages; n++) pages.push(squash((await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('')));
	levels = await page.locator('.lcf-plan-print__item dd:has([data-print="level"])').evaluateAll((dds) => dds.map((dd) => (dd as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
	boxes = await page.locator('.lcf-plan-print__item:nth-child(2) [data-slot="level-choices"] li').evaluateAll((lis) => lis.map((li) => getComputedStyle(li, '::before').borderTopStyle));
	boxesFor = await page.locator('.lcf-plan-print__notes [data-slot="notes-for"]').allTextContents();
});

const count = (text: string, part: string) => text.split(squash(part)).length - 1;

describe('the printed plan', () => {
	test('starts its first item on the first page, after its contents', () => {
		expect(pages.length).toBeGreaterThan(1);
		expect(count(pages[0]!, 'In this plan')).toBe(1);
		expect(count(pages[0]!, 'Where I am now'), 'the first item begins on page 1').toBe(1);
	});

	test('keeps each "In supervision" box whole on one page', () => {
		const parts = ['In supervision', "My supervisor's comments", 'Actions we agreed', 'Date agreed:'];
		const perPage = pages.map((text) => parts.map((part) => count(text, part)));
		for (const [n, counts] of perPage.entries()) expect(new Set(counts).size, `page ${n + 1}: ${parts.map((p, i) => `${p} ×${counts[i]}`).join(', ')}`).toBe(1);
		expect(perPage.reduce((sum, counts) => sum + counts[0]!, 0)).toBe(plan.items.length);
	});

	test('says in each box which item it is for, as the box often starts a page', () => {
		expect(boxesFor).toEqual(plan.items.map((item) => `${item.code} ${item.text}`));
	});

	test('keeps the supervision sign-off whole', () => {
		const parts = ['Date of supervision:', 'My supervisor:', 'Next review on:'];
		expect(pages.filter((text) => parts.every((part) => count(text, part) === 1))).toHaveLength(1);
	});

	test('prints a level not chosen yet as the three levels to tick, and a chosen one as itself', () => {
		expect(levels).toEqual(['Developing', 'Not yet Developing Confident', 'Not yet', 'Confident']);
		expect(boxes, 'each level has a box to tick').toEqual(['solid', 'solid', 'solid']);
	});
});
