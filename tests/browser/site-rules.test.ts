/** The rules every built page keeps in Chromium: nothing from elsewhere, reflow, text resize, reduced motion, keyboard use. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { launchBrowser } from '../helpers/chromium.ts';
import { builtPages } from '../helpers/dist.ts';
import { serveDist, type DistServer } from '../helpers/server.ts';

let browser: Browser;
let server: DistServer;
beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveDist()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens `url` in a context of its own, runs `check` on the page, and closes the context. */
async function onPage<T>(url: string, options: BrowserContextOptions, check: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext(options);
	try {
		const page = await context.newPage();
		await page.goto(server.url + url);
		return await check(page);
	} finally {
		await context.close();
	}
}

/** Resolves once no request has been in flight for `ms`: time for what scripts fetch after `load`, sooner than `networkidle`'s 500 ms. */
function quiet(page: Page, ms = 200): Promise<void> {
	return new Promise((settled) => {
		let inFlight = 0;
		let timer = setTimeout(settled, ms);
		page.on('request', () => {
			inFlight++;
			clearTimeout(timer);
		});
		const finished = () => {
			if (--inFlight === 0) timer = setTimeout(settled, ms);
		};
		page.on('requestfinished', finished);
		page.on('requestfailed', finished);
	});
}

/** How wide the page scrolls, and the outermost elements sticking out past the viewport's right edge. */
const horizontalOverflow = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
		const outside = new Set([...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5));
		const outermost = [...outside].filter((el) => !el.parentElement || !outside.has(el.parentElement));
		return { scrollWidth: document.documentElement.scrollWidth, sticksOut: outermost.slice(0, 10).map(name).join(', ') };
	});

const pages = builtPages();

// Each test has a context of its own, so Vitest may run them side by side (up to its
// maxConcurrency): Chromium's renderers then use the core the single test worker leaves idle.
describe.concurrent('no request leaves the site', () => {
	test.for(pages)('$url requests nothing from elsewhere and sets no cookie', async ({ url }, { expect }) => {
		const context = await browser.newContext();
		try {
			const requested: string[] = [];
			context.on('request', (request) => requested.push(request.url()));
			// Refused, not sent: a test must not reach the network (and a refusal is quick).
			await context.route((target) => target.origin !== server.url, (route) => route.abort('blockedbyclient'));
			const page = await context.newPage();
			const settled = quiet(page);
			await page.goto(server.url + url);
			await settled;
			expect(requested.filter((href) => !href.startsWith(`${server.url}/`) && !/^(?:data|blob):/.test(href))).toEqual([]);
			expect(await context.cookies()).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe.concurrent('reflow (WCAG 1.4.10)', () => {
	test.for(pages)('$url does not scroll sideways at 320 CSS pixels wide', async ({ url }, { expect }) => {
		const overflow = await onPage(url, { viewport: { width: 320, height: 640 } }, horizontalOverflow);
		expect(overflow.scrollWidth, `sticking out: ${overflow.sticksOut}`).toBeLessThanOrEqual(320);
	});
});

describe.concurrent('text resize (WCAG 1.4.4)', () => {
	test.for(pages)('$url does not scroll sideways with text at 200% at 1280 pixels wide', async ({ url }, { expect }) => {
		const overflow = await onPage(url, { viewport: { width: 1280, height: 800 } }, async (page) => {
			await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
			return horizontalOverflow(page);
		});
		expect(overflow.scrollWidth, `sticking out: ${overflow.sticksOut}`).toBeLessThanOrEqual(1280);
	});
});

describe.concurrent('reduced motion', () => {
	const motion = (url: string) =>
		onPage(url, { reducedMotion: 'reduce' }, (page) =>
			page.evaluate(() => ({
				scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
				// Anything longer than the customary 0.01 ms reset counts as motion.
				running: document
					.getAnimations()
					.filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 0.01)
					.map((animation) => {
						const target = (animation.effect as KeyframeEffect | null)?.target;
						const what = animation instanceof CSSAnimation ? animation.animationName : animation instanceof CSSTransition ? animation.transitionProperty : 'script animation';
						return `${what} on ${target?.tagName.toLowerCase() ?? 'nothing'}${target?.id ? `#${target.id}` : ''}`;
					}),
			})),
		);

	test.for(pages)('$url does not scroll smoothly when reduced motion is asked for', async ({ url }, { expect }) => {
		expect((await motion(url)).scrollBehavior).not.toBe('smooth');
	});

	test.for(pages)('$url runs no animation when reduced motion is asked for', async ({ url }, { expect }) => {
		expect((await motion(url)).running).toEqual([]);
	});
});

describe.concurrent('keyboard', () => {
	const desktop = { viewport: { width: 1280, height: 800 } };

	test.for(pages)('$url focuses the "Skip to main content" link at the first Tab', async ({ url }, { expect }) => {
		const focused = await onPage(url, desktop, async (page) => {
			await page.keyboard.press('Tab');
			return page.evaluate(() => {
				const el = document.activeElement;
				return { element: el?.tagName.toLowerCase(), text: el?.textContent?.trim(), href: el?.getAttribute('href') };
			});
		});
		expect(focused).toEqual({ element: 'a', text: 'Skip to main content', href: '#main-content' });
	});

	test.for(pages)('$url shows the skip link when it has focus', async ({ url }, { expect }) => {
		const shown = await onPage(url, desktop, async (page) => {
			await page.keyboard.press('Tab');
			return page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const { width, height, top, left } = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				return { width, height, top, left, clip: style.clip, clipPath: style.clipPath, opacity: style.opacity };
			});
		});
		// A visually hidden link stays a pixel in size, or clipped, while it has focus.
		expect(shown.width, JSON.stringify(shown)).toBeGreaterThan(10);
		expect(shown.height, JSON.stringify(shown)).toBeGreaterThan(10);
		expect(shown).toMatchObject({ clip: 'auto', clipPath: 'none', opacity: '1' });
		expect(shown.top >= 0 && shown.left >= 0, JSON.stringify(shown)).toBe(true);
	});

	test.for(pages)('$url moves past the header to the main content on Enter on the skip link', async ({ url }, { expect }) => {
		const after = await onPage(url, desktop, async (page) => {
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			const target = await page.evaluate(() => document.querySelector(':target')?.id);
			// The next Tab must land in or after <main>, not back in the header.
			await page.keyboard.press('Tab');
			const next = await page.evaluate(() => {
				const main = document.getElementById('main-content');
				const el = document.activeElement;
				if (!main || !el) return 'no #main-content';
				if (el === document.body || main.contains(el) || main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return 'in or after main';
				return `before main: ${el.outerHTML.slice(0, 120)}`;
			});
			return { target, next };
		});
		expect(after).toEqual({ target: 'main-content', next: 'in or after main' });
	});

	test.for(pages)('$url shows a focus indicator on everything Tab reaches', async ({ url }, { expect }) => {
		const unmarked = await onPage(url, desktop, async (page) => {
			const presses = await page.evaluate(() => {
				const seen = new Set<Element>();
				const unmarked: string[] = [];
				(window as unknown as { lcfUnmarked: string[] }).lcfUnmarked = unmarked;
				document.addEventListener('focusin', (event) => {
					const el = event.target as Element;
					if (seen.has(el)) return;
					seen.add(el);
					// A focus style that fades in is judged by where it ends up.
					for (const animation of el.getAnimations()) animation.finish();
					const style = getComputedStyle(el);
					const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && !/transparent|rgba\([^)]*,\s*0\)/.test(style.outlineColor);
					if (!outline && style.boxShadow === 'none') unmarked.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 50)}"`);
				});
				const focusable = document.querySelectorAll('a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]');
				// Enough to go round the page once; ignored focusables (disabled, tabindex=-1) only add spare presses.
				return Math.min(focusable.length + 1, 200);
			});
			for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
			return page.evaluate(() => (window as unknown as { lcfUnmarked: string[] }).lcfUnmarked);
		});
		expect(unmarked).toEqual([]);
	});
});
