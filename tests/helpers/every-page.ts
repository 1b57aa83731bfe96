/** Runs a check on every built page in one browser tab, collecting what it finds wrong. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { BuiltPage } from './dist.ts';

/** A test that visits every page needs time in proportion to the site: this much per page, plus some. */
export const timeoutFor = (pages: BuiltPage[], perPage = 2_000) => 30_000 + pages.length * perPage;

/**
 * Loads each page in turn in one tab of a context of its own (made with `options`, closed at the
 * end) and returns each problem `check` reports as "<url>: <problem>". Going from page to page in
 * one tab takes half the time of a fresh context per page, which matters on 2 cores.
 */
export async function problemsOnEveryPage(
	browser: Browser,
	origin: string,
	pages: BuiltPage[],
	options: BrowserContextOptions & { initScript?: string },
	check: (page: Page) => Promise<string[]>,
): Promise<string[]> {
	const { initScript, ...contextOptions } = options;
	const context = await browser.newContext(contextOptions);
	try {
		if (initScript) await context.addInitScript({ content: initScript });
		const page = await context.newPage();
		const problems: string[] = [];
		for (const { url } of pages) {
			await page.goto(origin + url);
			for (const problem of await check(page)) problems.push(`${url}: ${problem}`);
		}
		return problems;
	} finally {
		await context.close();
	}
}
