/** The breadcrumbs as a screen reader meets them: each link's name, no separator read out between them. */
import { expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();

test('the separators between breadcrumbs are seen, not read', async () => {
	const page = await site.newPage();
	await page.goto(`${site.server.url}/capabilities/managing-complexity/`);
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	const snapshot = await crumbs.ariaSnapshot();
	expect(snapshot).toContain('link "Home"');
	expect(snapshot, 'no separator in the accessibility tree').not.toContain('›');
	// Still drawn between them.
	const separator = await page.$eval('.lcf-breadcrumbs__item', (item) => getComputedStyle(item, '::after').content);
	expect(separator).toContain('›');
});
