/** Visits every built page in one browser tab, collecting what a check finds on each. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { BuiltPage } from './dist.ts';

/** Time for a test or hook that visits every page: this much per page, plus some. */
export const timeoutFor = (pages: BuiltPage[], perPage = 2_000) => 30_000 + pages.length * perPage;

/**
 * Loads each page in turn in one tab of a context of its own (made with `options`, and an init
 * script if given; closed at the end) and returns what `visit` finds on each, by URL. Going from
 * page to page in one tab takes half the time of a fresh context per page, which tells on 2 cores.
 */
export async function visitEveryPage<T>(
	browser: Browser,
	origin: string,
	pages: BuiltPage[],
	options: BrowserContextOptions & { initScript?: string },
	visit: (page: Page) => Promise<T>,
): Promise<Map<string, T>> {
	const { initScript, ...contextOptions } = options;
	const context = await browser.newContext(contextOptions);
	try {
		if (initScript) await context.addInitScript({ content: initScript });
		const page = await context.newPage();
		const found = new Map<string, T>();
		for (const { url } of pages) {
			await page.goto(origin + url);
			found.set(url, await visit(page));
		}
		return found;
	} finally {
		await context.close();
	}
}

/** Each page's problems as one list of "<url>: <problem>", empty when there are none. */
export function problemsByPage<T>(found: Map<string, T>, problems: (found: T) => string[]): string[] {
	return [...found].flatMap(([url, result]) => problems(result).map((problem) => `${url}: ${problem}`));
}
