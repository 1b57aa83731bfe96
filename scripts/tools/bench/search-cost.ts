/**
 * What search costs a reader, measured in headless Chromium on a served site: the bytes and
 * requests to open `/search/`, the bytes and requests its first query brings (the Pagefind script,
 * index and fragments included), the time from typing to the first result on screen, and any
 * request that leaves the site. Used by `npm run size`, `npm run bench` and the search budget test.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Request } from 'playwright-core';

export interface Transfer {
	requests: number;
	/** Response bodies as served: the local server does not compress. */
	raw: number;
	/**
	 * What a host that compresses text would send: HTML, CSS, JavaScript, JSON, SVG and XML gzipped
	 * (level 9, as `npm run size` does); everything else, such as Pagefind's index, WebAssembly and
	 * fragments (already compressed by Pagefind), as it is.
	 */
	gzip: number;
	/** The same, by kind: html, css, js, index (Pagefind's data files), image, other. */
	byKind: Record<string, { requests: number; raw: number; gzip: number }>;
	/** The paths fetched, in order. */
	urls: string[];
}

export interface SearchCost {
	query: string;
	/** Loading `/search/` until its `load` event, with no query. */
	open: Transfer;
	/** From focusing the box and typing the query until the first result is on the page. */
	firstQuery: Transfer;
	/** Milliseconds from the input event to the first result link in the page, one per timed run (none if the page asked anything of other sites). */
	timesMs: number[];
	/** How many results the first query rendered. */
	results: number;
	/** Every request for another site, in any run: there should be none. */
	offSite: string[];
}

/** A word the real framework and the benchmark's synthetic content both have many results for. */
export const defaultQuery = 'supervision';

const textType = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

function kindOf(pathname: string, type: string): string {
	if (pathname.startsWith('/pagefind/') && !pathname.endsWith('.js')) return 'index';
	if (type.startsWith('text/html')) return 'html';
	if (type.startsWith('text/css')) return 'css';
	if (type.includes('javascript')) return 'js';
	if (type.startsWith('image/')) return 'image';
	return 'other';
}

/** Records every request a context makes, with the moment (on this process's clock) it was made. */
function recordRequests(context: BrowserContext, origin: string) {
	const made: { request: Request; at: number }[] = [];
	const offSite: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob):/.test(url)) return;
		if (new URL(url).origin !== origin) offSite.push(url);
		made.push({ request, at: performance.now() });
	});
	/** The transfer of the requests made in [from, to), once they have finished. */
	const between = async (from: number, to: number): Promise<Transfer> => {
		const transfer: Transfer = { requests: 0, raw: 0, gzip: 0, byKind: {}, urls: [] };
		for (const { request, at } of made) {
			if (at < from || at >= to) continue;
			const response = await request.response();
			const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
			const type = response?.headers()['content-type'] ?? '';
			const pathname = new URL(request.url()).pathname;
			const gzip = textType.test(type) ? gzipSync(body, { level: 9 }).length : body.length;
			const kind = (transfer.byKind[kindOf(pathname, type)] ??= { requests: 0, raw: 0, gzip: 0 });
			for (const total of [transfer, kind]) (total.requests++, (total.raw += body.length), (total.gzip += gzip));
			transfer.urls.push(pathname);
		}
		return transfer;
	};
	return { between, offSite };
}

/**
 * One reader's first search, in a context of its own (so nothing is cached), timed. With `guard`,
 * requests for other sites are refused rather than sent; but then Playwright holds up every
 * request on its way, which slows the search down, so guarded runs are not timed.
 */
async function searchOnce(browser: Browser, origin: string, query: string, guard: boolean) {
	const context = await browser.newContext();
	try {
		const { between, offSite } = recordRequests(context, origin);
		if (guard) await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'));
		const page = await context.newPage();
		let shownAt = Infinity;
		await page.exposeFunction('lcfFirstResult', () => (shownAt = performance.now()));
		const start = performance.now();
		await page.goto(`${origin}/search/`, { waitUntil: 'load' });
		const loaded = performance.now();
		await page.evaluate(() => {
			const timing: { input?: number; result?: number } = {};
			(window as unknown as { lcfTiming: typeof timing }).lcfTiming = timing;
			document.querySelector('#search-query')!.addEventListener('input', (event) => (timing.input ??= event.timeStamp));
			const list = document.querySelector('[data-search-list]')!;
			new MutationObserver((_, observer) => {
				if (!list.querySelector('.lcf-search__link')) return;
				timing.result = performance.now();
				observer.disconnect();
				void (window as unknown as { lcfFirstResult(): Promise<void> }).lcfFirstResult();
			}).observe(list, { childList: true, subtree: true });
		});
		// `fill` focuses the box (which starts loading Pagefind) and types the whole query as one input.
		await page.fill('#search-query', query);
		await page.waitForFunction(() => (window as unknown as { lcfTiming: { result?: number } }).lcfTiming.result !== undefined, null, { timeout: 30_000 });
		const { input, result } = await page.evaluate(() => (window as unknown as { lcfTiming: { input: number; result: number } }).lcfTiming);
		const results = await page.locator('.lcf-search__link').count();
		// The first result's binding call may still be on its way to this process.
		while (shownAt === Infinity) await new Promise((resolve) => setTimeout(resolve, 10));
		return { open: await between(start, loaded), firstQuery: await between(loaded, shownAt), ms: result - input, results, offSite };
	} finally {
		await context.close();
	}
}

/**
 * Measures a reader's first search on the site served at `origin`: its bytes, and whether it
 * asks anything of other sites, in one run that refuses such requests; then, if there were none,
 * its time in `timedRuns` more runs, each as a new reader.
 */
export async function measureSearch(browser: Browser, origin: string, { query = defaultQuery, timedRuns = 5 } = {}): Promise<SearchCost> {
	const first = await searchOnce(browser, origin, query, true);
	const timed = [];
	if (!first.offSite.length) for (let run = 0; run < timedRuns; run++) timed.push(await searchOnce(browser, origin, query, false));
	return {
		query,
		open: first.open,
		firstQuery: first.firstQuery,
		timesMs: timed.map((run) => run.ms),
		results: first.results,
		offSite: first.offSite,
	};
}
