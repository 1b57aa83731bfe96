/**
 * The compare table's pathway headings stay in view while reading down it (on screens wide enough
 * for columns), and never cover what the reader has focused or followed a link to (WCAG 2.4.11).
 * On a phone, where the pathways stack, a reader can keep one pathway.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { pathways } from '../helpers/content.ts';

const site = useBrowserAndSite();
// 768 px is the narrowest with columns, where the headings wrap most; 1280 px a laptop.
const widths = [768, 1280];
const lastRow = 'capacity-for-resilience-and-wellbeing';

async function open(path: string, width: number): Promise<Page> {
	// Reduced motion makes scrolling instant, so positions can be read at once (smooth scrolling ends in the same place).
	const page = await site.newPage({ viewport: { width, height: 700 }, reducedMotion: 'reduce' });
	await page.goto(`${site.server.url}${path}`);
	return page;
}

/** The bottom edge of the tallest pathway heading, relative to the viewport. */
const headingsBottom = (page: Page) =>
	page.$$eval('.lcf-compare thead th', (cells) => Math.max(...cells.map((cell) => cell.getBoundingClientRect().bottom)));

describe.each(widths)('compare table at %i px', (width) => {
	test('its headings stay at the top of the window while reading the last rows', async () => {
		const page = await open(`/compare/#${lastRow}`, width);
		const top = await page.$eval('.lcf-compare thead th', (cell) => cell.getBoundingClientRect().top);
		expect(Math.round(top), 'the pathway headings scrolled away').toBe(0);
	});

	test('a linked row lands below the headings, not under them', async () => {
		const page = await open(`/compare/#${lastRow}`, width);
		const rowTop = await page.$eval(`#${lastRow}`, (row) => row.getBoundingClientRect().top);
		expect(rowTop, `#${lastRow} starts at ${rowTop}px, under headings reaching ${await headingsBottom(page)}px`).toBeGreaterThanOrEqual(await headingsBottom(page));
	});

	test('Tab to a link that sits under the headings scrolls it clear of them', async () => {
		const page = await open('/compare/', width);
		// Put a row's link just under the stuck headings, focus what comes before it without scrolling, and Tab.
		const link = `#${lastRow} th a`;
		await page.$eval(link, (el) => window.scrollBy({ top: el.getBoundingClientRect().top - 20, behavior: 'instant' }));
		expect(await page.$eval(link, (el) => el.getBoundingClientRect().top), 'the link starts under the headings').toBeLessThan(await headingsBottom(page));
		await page.$eval(`#${lastRow}`, (row) => {
			const before = row.previousElementSibling!.querySelectorAll<HTMLElement>('a, button');
			before[before.length - 1]!.focus({ preventScroll: true });
		});
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe(lastRow);
		const focusedTop = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
		expect(focusedTop, `the focused link is at ${focusedTop}px, under headings reaching ${await headingsBottom(page)}px`).toBeGreaterThanOrEqual(await headingsBottom(page));
	});
});

test('on a phone the table is a list: no sticky headings to cover anything', async () => {
	const page = await open(`/compare/#${lastRow}`, 390);
	expect(await page.$eval('.lcf-compare thead th', (cell) => getComputedStyle(cell).position)).not.toBe('sticky');
});

describe('choosing a pathway on a phone', () => {
	const cells = (page: Page, pathway: string) =>
		page.$$eval(`td[data-pathway="${pathway}"], section[data-pathway="${pathway}"]`, (els) => els.filter((el) => el.checkVisibility()).length);

	// An area page offers it at every width, as it lists the pathways one after another there too.
	test.each(['/compare/', '/capabilities/providing-clarity/clarity-of-empowerment/', '/curriculum-areas/leading-change/'])('%s offers one pathway or all, kept in the URL', async (path) => {
		const page = await open(path, 390);
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		const [first, second] = pathways;
		expect(await page.isVisible('[data-pathway-choice]')).toBe(true);
		expect(await cells(page, first!.id)).toBeGreaterThan(0);
		await page.check(`#choice-${second!.id}`);
		expect(new URL(page.url()).searchParams.getAll('pathway')).toEqual([second!.id]);
		expect(await cells(page, first!.id), `${first!.id} still shows`).toBe(0);
		expect(await cells(page, second!.id)).toBeGreaterThan(0);
		await page.reload();
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		expect(await page.isChecked(`#choice-${second!.id}`)).toBe(true);
		expect(await cells(page, first!.id)).toBe(0);
		await page.check('#choice-all');
		expect(new URL(page.url()).search).toBe('');
		for (const pathway of pathways) expect(await cells(page, pathway.id)).toBeGreaterThan(0);
	});

	test('on a wide screen, where the pathways sit side by side, it is not offered, unless a link chose one', async () => {
		const page = await open('/compare/', 1280);
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		expect(await page.isVisible('[data-pathway-choice]')).toBe(false);
		await page.goto(`${site.server.url}/compare/?pathway=${pathways[1]!.id}`);
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		expect(await page.isVisible('[data-pathway-choice]'), 'a one-pathway view shows the choice, to undo it').toBe(true);
	});
});
