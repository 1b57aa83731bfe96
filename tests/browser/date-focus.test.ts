/** A review's date field as a keyboard user meets it: the site's focus style at every stop inside it. */
import { expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { addAttribute, plannerDrawn, startPlan } from '../helpers/planner.ts';

const site = useBrowserAndSite();

test('a date field keeps the site’s focus style on its calendar button, the last stop inside it', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`${site.server.url}/action-plan/`);
	await plannerDrawn(page);
	await startPlan(page, 'pathway-2');
	await addAttribute(page, 'p2-thresholds-applied-consistently');
	const field = page.locator('#item-0-review-date');
	await field.focus();
	const styles: string[] = [];
	// Day, month, year, then the calendar button (Chromium's), then the next field.
	for (;;) {
		const state = await field.evaluate((input) => ({ inside: input === document.activeElement, outline: ((s) => `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`)(getComputedStyle(input)) }));
		if (!state.inside) break;
		styles.push(state.outline);
		await page.keyboard.press('Tab');
		expect(styles.length, 'Tab leaves the field').toBeLessThan(8);
	}
	expect(styles.length, 'the calendar button is a stop of its own').toBeGreaterThan(1);
	expect(new Set(styles).size, styles.join(' | ')).toBe(1);
	expect(styles[0]).toMatch(/^solid 3px /);
});
