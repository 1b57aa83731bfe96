/** Printing from the browser: the print stylesheet hides the chrome on every page and says what a filter left out. */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { attributesOf } from '../helpers/content.ts';

const site = useBrowserAndSite();

const chrome = ['.lcf-skip-link', '.lcf-nav', '.lcf-header', '.lcf-breadcrumbs', '.lcf-filter__details', '.lcf-footer', '.lcf-back-to-top', '.lcf-search', '.lcf-add-to-plan', '.lcf-plan-hint'];

describe('printing a page', () => {
	test('shows none of the navigation, search, filter or footer, on any page', async () => {
		const page = await site.newPage();
		await page.emulateMedia({ media: 'print' });
		const shown: string[] = [];
		for (const { url } of builtPages()) {
			await page.goto(`${site.server.url}${url}`);
			const visible = await page.evaluate(
				(selectors) => selectors.filter((s) => [...document.querySelectorAll(s)].some((el) => getComputedStyle(el).display !== 'none')),
				chrome,
			);
			shown.push(...visible.map((selector) => `${url} ${selector}`));
		}
		expect(shown).toEqual([]);
	});

	test('ends every printout with the page\'s address', async () => {
		const page = await site.newPage();
		await page.goto(`${site.server.url}/capabilities/managing-complexity/`);
		await page.emulateMedia({ media: 'print' });
		const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
		expect(await page.isVisible('.lcf-print-source')).toBe(true);
		expect(await page.textContent('.lcf-print-source')).toContain(canonical);
		await page.emulateMedia({ media: 'screen' });
		expect(await page.isVisible('.lcf-print-source')).toBe(false);
	});

	test('with an area filter, prints what is shown and a line saying which filter', async () => {
		const page = await site.newPage();
		await page.goto(`${site.server.url}/pathways/pathway-3/?area=making-decisions`);
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('[data-filter-status]')).toBe(true);
		const shown = attributesOf('pathway-3', 'making-decisions').length;
		// (It goes on to say how many sub-capabilities have none: filter.test.ts.)
		expect(await page.textContent('[data-filter-status]')).toMatch(new RegExp(`^Showing ${shown} of ${attributesOf('pathway-3').length} attributes\\. Filtered by: Making Decisions\\.`));
		expect(await page.locator('.lcf-attribute:visible').count()).toBe(shown);
	});

	test('without a filter, prints no filter line', async () => {
		const page = await site.newPage();
		await page.goto(`${site.server.url}/pathways/pathway-3/`);
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('[data-filter-status]')).toBe(false);
	});

	test('prints no button or form control once the islands have drawn theirs', async () => {
		const page = await site.newPage();
		const shown: string[] = [];
		for (const url of ['/cite/pathway-2/', '/curriculum-areas/high-quality-supervision/?pathway=pathway-2', '/pathways/pathway-2/', '/compare/', '/links/pathway-2/']) {
			await page.emulateMedia({ media: 'screen' });
			await page.goto(`${site.server.url}${url}`, { waitUntil: 'networkidle' });
			await page.emulateMedia({ media: 'print' });
			const controls = await page.evaluate(() =>
				[...document.querySelectorAll('main button, main input, main select')].filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.outerHTML.slice(0, 80)),
			);
			shown.push(...controls.map((control) => `${url} ${control}`));
		}
		expect(shown).toEqual([]);
	});
});
