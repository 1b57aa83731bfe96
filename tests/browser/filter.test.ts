/** The curriculum-area filter, in a real browser: instant, announced, in the URL, never leaving holes. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { attributes, attributesOf, curriculumAreas, subCapabilities } from '../helpers/content.ts';

const site = useBrowserAndSite();

async function open(path: string): Promise<Page> {
	const page = await site.newPage();
	await page.goto(`${site.server.url}${path}`);
	await page.waitForFunction(() => customElements.get('lcf-filter'));
	return page;
}
const visibleAttributes = (page: Page) =>
	page.$$eval('.lcf-attribute', (items) => items.filter((el) => !el.closest('[hidden]')).map((el) => el.id));
const status = (page: Page) => page.textContent('[data-filter-status]');
const supervisionTitle = curriculumAreas.find((a) => a.id === 'high-quality-supervision')!.title;
/** How many sub-capabilities a pathway has no attribute of in an area. */
const withNone = (pathway: string, area: string) => subCapabilities.length - new Set(attributesOf(pathway, area).map((a) => a.subCapability)).size;
const shownSections = (page: Page) =>
	page.$$eval('[data-filter-part="sub-capability"]', (parts) => parts.filter((el) => !el.closest('[hidden]')).map((el) => el.id));

describe('area filter on a pathway page', () => {
	test('shows the form and hides the no-JavaScript links once it runs', async () => {
		const page = await open('/pathways/pathway-2/');
		expect(await page.isHidden('[data-filter-fallback]')).toBe(true);
		await page.click('main summary');
		expect(await page.isVisible('[data-filter-form]')).toBe(true);
		expect(await status(page)).toBe(`Showing all ${attributesOf('pathway-2').length} attributes.`);
		// Each area says how many attributes it has here, so one with none can be seen before choosing it.
		expect(await page.textContent('label[for="filter-area-high-quality-supervision"]')).toMatch(
			new RegExp(`^\\s*${supervisionTitle} \\(${attributesOf('pathway-2', 'high-quality-supervision').length}\\)\\s*$`),
		);
		expect(await page.textContent('label[for="filter-area-making-decisions"]')).toContain(`(${attributesOf('pathway-2', 'making-decisions').length})`);
	});

	test('filters instantly, writes the choice to the URL and announces the count', async () => {
		const page = await open('/pathways/pathway-2/');
		await page.click('main summary');
		await page.check('#filter-area-high-quality-supervision');
		expect(new URL(page.url()).searchParams.getAll('area')).toEqual(['high-quality-supervision']);
		const supervision = attributesOf('pathway-2', 'high-quality-supervision').map((a) => a.id);
		expect((await visibleAttributes(page)).sort()).toEqual(supervision.sort());
		expect(await page.getAttribute('[data-filter-status]', 'aria-live')).toBe('polite');
		const none = withNone('pathway-2', 'high-quality-supervision');
		expect(await status(page)).toBe(
			`Showing ${supervision.length} of ${attributesOf('pathway-2').length} attributes. Filtered by: ${supervisionTitle}. ${none} of ${subCapabilities.length} sub-capabilities have none and are hidden.`,
		);
		await page.check('#filter-area-diversity-and-inclusion');
		expect(new URL(page.url()).searchParams.getAll('area')).toEqual(['diversity-and-inclusion', 'high-quality-supervision']);
		const either = attributesOf('pathway-2').filter((a) => a.areas.some((area) => ['diversity-and-inclusion', 'high-quality-supervision'].includes(area)));
		expect(await visibleAttributes(page)).toHaveLength(either.length);
	});

	test('hides the sub-capabilities and capabilities with no match, and says once how many', async () => {
		const page = await open('/pathways/pathway-3/?area=high-quality-supervision');
		const matching = new Set(attributesOf('pathway-3', 'high-quality-supervision').map((a) => a.subCapability));
		expect((await shownSections(page)).sort()).toEqual([...matching].sort());
		const capabilitiesShown = await page.$$eval('[data-filter-part="capability"]', (parts: HTMLElement[]) => parts.filter((el) => !el.hidden).length);
		expect(capabilitiesShown).toBe(new Set(subCapabilities.filter((s) => matching.has(s.id)).map((s) => s.capability)).size);
		expect(await status(page)).toContain(`${withNone('pathway-3', 'high-quality-supervision')} of ${subCapabilities.length} sub-capabilities have none and are hidden.`);
		expect(await page.locator('[data-filter-empty]:visible').count(), 'no "No attributes here" stubs').toBe(0);
	});

	test('leaves out of the contents the capabilities it hid, so that none leads to an empty section', async () => {
		const page = await open('/pathways/pathway-2/?area=leading-change');
		const matching = new Set(attributesOf('pathway-2', 'leading-change').map((a) => subCapabilities.find((s) => s.id === a.subCapability)!.capability));
		const listed = await page.$$eval('.lcf-contents li', (items) => items.filter((li) => li.getBoundingClientRect().height > 0).map((li) => li.querySelector('a')!.getAttribute('href')!.slice(1)));
		expect(listed.sort()).toEqual([...matching].sort());
		expect(matching.size, 'the area leaves some capability out, or this proves nothing').toBeLessThan(new Set(subCapabilities.map((s) => s.capability)).size);
	});

	test('offers a link by the count that jumps to the first result', async () => {
		const page = await site.newPage({ reducedMotion: 'reduce' });
		await page.goto(`${site.server.url}/pathways/pathway-3/?area=high-quality-supervision`);
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		const first = (await shownSections(page))[0]!;
		expect(await page.getAttribute('[data-filter-jump]', 'href')).toBe(`#${first}`);
		await page.click('[data-filter-jump]');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(first);
		const top = await page.$eval(`#${first}`, (el) => el.getBoundingClientRect().top);
		expect(Math.round(top)).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
	});

	test('takes the chosen areas along to the comparison', async () => {
		const page = await open('/pathways/pathway-2/?area=leading-change');
		const href = await page.getAttribute('a[data-carry-filter]', 'href');
		expect(new URL(href!).searchParams.getAll('area')).toEqual(['leading-change']);
		expect(new URL(href!).searchParams.getAll('pathway')).toEqual(['pathway-2', 'pathway-3']);
	});

	test('shows an attribute a link led to, even when the filter would hide it', async () => {
		const page = await open('/pathways/pathway-3/?area=making-decisions#p3-promotes-reflective-supervision');
		expect(await page.isVisible('#p3-promotes-reflective-supervision')).toBe(true);
		expect(await page.getAttribute('#p3-promotes-reflective-supervision', 'data-areas')).not.toContain('making-decisions');
	});

	test('prints only the sections the filter leaves something in', async () => {
		const page = await open('/pathways/pathway-2/?area=high-quality-supervision');
		await page.emulateMedia({ media: 'print' });
		const printed = await page.$$eval('.lcf-subcapability', (sections) => sections.filter((s) => getComputedStyle(s).display !== 'none').length);
		const withMatches = await page.$$eval('.lcf-subcapability', (sections) => sections.filter((s) => s.querySelector('.lcf-attribute:not([hidden])')).length);
		expect(printed).toBe(withMatches);
		expect(printed).toBeLessThan(28);
		expect(printed).toBeGreaterThan(0);
		const listed = await page.$$eval('.lcf-print-cover__contents ol > li', (entries) => entries.filter((li) => getComputedStyle(li).display !== 'none').length);
		expect(listed, 'the contents lists only the printed sub-capabilities').toBe(printed);
	});

	test('restores a linked view on load, and after leaving and coming back', async () => {
		const page = await open('/pathways/pathway-3/?area=making-decisions&area=leading-change');
		expect(await page.isChecked('#filter-area-making-decisions')).toBe(true);
		expect(await page.getAttribute('[data-filter-details]', 'open')).toBe('');
		const shown = await visibleAttributes(page);
		expect(shown.length).toBeGreaterThan(0);
		// Wait for the other page to load before going back: going back mid-navigation races in Chromium.
		await Promise.all([page.waitForURL(/\/compare\/$/, { waitUntil: 'load' }), page.click('a[href="/compare/"]')]);
		await page.goBack({ waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('lcf-filter'));
		expect(await visibleAttributes(page)).toEqual(shown);
		await page.reload();
		expect(await visibleAttributes(page)).toEqual(shown);
	});

	test('clears back to everything', async () => {
		const page = await open('/pathways/pathway-2/?area=leading-change');
		await page.click('button[type=reset]');
		await page.waitForFunction(() => !location.search);
		expect(await visibleAttributes(page)).toHaveLength(attributesOf('pathway-2').length);
	});
});

test('a sub-capability left empty that a link led to shows, shrunk to its heading and a line saying so', async () => {
	const page = await open('/pathways/pathway-2/?area=diversity-and-inclusion#curiosity-of-self');
	expect(await page.locator('.lcf-subcapability[data-filter-none]').count()).toBe(withNone('pathway-2', 'diversity-and-inclusion'));
	const empty = page.locator('#curiosity-of-self');
	expect(await empty.getAttribute('data-filter-none')).toBe('');
	expect(await empty.locator('h3').isVisible()).toBe(true);
	expect(await empty.locator('[data-filter-empty]').isVisible()).toBe(true);
	expect(await empty.locator('.lcf-subcapability__description').isVisible()).toBe(false);
	expect(await page.locator('.lcf-subcapability:not([data-filter-none]) .lcf-subcapability__description').first().isVisible()).toBe(true);
});

describe('compare page filters', () => {
	test('chooses pathways and capabilities', async () => {
		const page = await open('/compare/?pathway=pathway-3&capability=providing-clarity');
		expect(await page.isHidden('thead th[data-pathway="pathway-2"]')).toBe(true);
		expect(await page.isVisible('thead th[data-pathway="pathway-3"]')).toBe(true);
		expect(await page.isHidden('#curiosity-of-self')).toBe(true);
		expect(await page.isVisible('#clarity-of-family-focus')).toBe(true);
		expect((await visibleAttributes(page)).every((id) => id.startsWith('p3-'))).toBe(true);
	});

	test('"Compare with Pathway 3" (both pathways ticked) is everything: the filter stays closed and says so', async () => {
		const page = await open('/compare/?pathway=pathway-2&pathway=pathway-3');
		expect(await page.$eval('[data-filter-details]', (details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect(await status(page)).toBe(`Showing all ${attributes.filter((a) => ['pathway-2', 'pathway-3'].includes(a.pathway)).length} attributes.`);
	});
});
