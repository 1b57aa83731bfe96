/** The rules every built page keeps in Chromium: nothing from elsewhere, reflow, text resize, reduced motion, keyboard use. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { problemsByPage, timeoutFor, visitEveryPage } from '../helpers/every-page.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';

// Not the pages that only redirect: the browser leaves them at once, for the page they point to.
const pages = builtPages().filter((page) => !page.redirect);
const timeout = timeoutFor(pages);

const site = useBrowserAndSite();

// Where several tests read the same visit (the reduced-motion and skip-link ones), a `beforeAll`
// makes it once and each test checks one thing it found: every page load counts on 2 cores.
const onEveryPage = <T>(options: BrowserContextOptions, visit: (page: Page) => Promise<T>) => visitEveryPage(site.browser, site.server.url, pages, options, visit);

/** Whether the page scrolls sideways, naming the outermost elements that stick out past the viewport's right edge. */
const sidewaysScroll = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth <= width) return [];
		const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
		const outside = new Set([...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5));
		const outermost = [...outside].filter((el) => !el.parentElement || !outside.has(el.parentElement));
		return [`scrolls to ${document.documentElement.scrollWidth}px in ${width}px; sticking out: ${outermost.slice(0, 8).map(name).join(', ')}`];
	});

describe('no request leaves the site', () => {
	test('no page requests anything from elsewhere or sets a cookie', { timeout }, async () => {
		const context = await site.browser.newContext();
		try {
			// Refused, not sent: a test must not reach the network (and a refusal is quick).
			await context.route((target) => target.origin !== site.server.url, (route) => route.abort('blockedbyclient'));
			const page = await context.newPage();
			let inFlight = 0;
			let lastChange = 0;
			let offSite: string[] = [];
			page.on('request', (request) => {
				inFlight++;
				lastChange = Date.now();
				if (!request.url().startsWith(`${site.server.url}/`) && !/^(?:data|blob):/.test(request.url())) offSite.push(request.url());
			});
			const finished = () => {
				inFlight--;
				lastChange = Date.now();
			};
			page.on('requestfinished', finished).on('requestfailed', finished);

			const problems: string[] = [];
			for (const { url } of pages) {
				offSite = [];
				await page.goto(site.server.url + url);
				// Until no request has been in flight for 50 ms: time for what scripts fetch after `load`,
				// far sooner than `networkidle`'s 500 ms.
				while (inFlight > 0 || Date.now() - lastChange < 50) await sleep(10);
				for (const request of offSite) problems.push(`${url}: requests ${request}`);
				for (const cookie of await context.cookies()) problems.push(`${url}: sets the cookie ${cookie.name}`);
				await context.clearCookies();
			}
			expect(problems).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('reflow (WCAG 1.4.10)', () => {
	test('no page scrolls sideways at 320 CSS pixels wide', { timeout }, async () => {
		const found = await onEveryPage({ viewport: { width: 320, height: 640 } }, sidewaysScroll);
		expect(problemsByPage(found, (problems) => problems)).toEqual([]);
	});
});

describe('text resize (WCAG 1.4.4)', () => {
	test('no page scrolls sideways at 1280 pixels wide with text at 200%', { timeout }, async () => {
		// The test's own style tag is inline, which the site's policy rightly refuses: let it through.
		const found = await onEveryPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true }, async (page) => {
			await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
			return sidewaysScroll(page);
		});
		expect(problemsByPage(found, (problems) => problems)).toEqual([]);
	});
});

describe('reduced motion', () => {
	let motion: Map<string, { scrollBehavior: string; running: string[] }>;
	beforeAll(async () => {
		motion = await onEveryPage({ reducedMotion: 'reduce' }, (page) =>
			page.evaluate(() => ({
				scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
				running: document
					.getAnimations()
					// Anything longer than 0.01 s counts: the usual reset shortens durations to 0.01 ms.
					.filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10)
					.map((animation) => {
						const target = (animation.effect as KeyframeEffect | null)?.target;
						const what = animation instanceof CSSAnimation ? `animation ${animation.animationName}` : animation instanceof CSSTransition ? `transition of ${animation.transitionProperty}` : 'scripted animation';
						return `runs the ${what} on <${target?.tagName.toLowerCase() ?? '?'}${target?.id ? ` id="${target.id}"` : ''}>`;
					}),
			})),
		);
	}, timeout);

	test('no page scrolls smoothly when reduced motion is asked for', () => {
		expect(problemsByPage(motion, ({ scrollBehavior }) => (scrollBehavior === 'smooth' ? ['html has scroll-behavior: smooth'] : []))).toEqual([]);
	});

	test('no page runs an animation or transition after loading when reduced motion is asked for', () => {
		expect(problemsByPage(motion, ({ running }) => running)).toEqual([]);
	});
});

describe('keyboard', () => {
	const desktop = { viewport: { width: 1280, height: 800 } };

	interface SkipLink {
		/** What the first Tab focuses, as `<tag href="…">text`. */
		first: string;
		/** Why the focused element cannot be seen, if it cannot. */
		hidden?: string;
		/** The `:target` after Enter on it, when it is an in-page link. */
		target?: string;
		/** Where the Tab after that lands, when it is back before <main>. */
		backTo?: string;
	}
	let skipLinks: Map<string, SkipLink>;
	beforeAll(async () => {
		skipLinks = await onEveryPage(desktop, async (page): Promise<SkipLink> => {
			await page.keyboard.press('Tab');
			const found: SkipLink = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return { first: 'nothing' };
				const { width, height, top, left } = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				// The usual visually-hidden pattern leaves a clipped 1 px box: nothing a sighted keyboard user can see.
				const seen = width > 10 && height > 10 && top >= 0 && left >= 0 && style.clip === 'auto' && style.clipPath === 'none' && style.opacity === '1';
				return {
					first: `<${el.tagName.toLowerCase()} href="${el.getAttribute('href')}">${el.textContent?.trim()}`,
					...(seen ? {} : { hidden: `${Math.round(width)}×${Math.round(height)} at ${Math.round(left)},${Math.round(top)}, clip ${style.clip}, clip-path ${style.clipPath}, opacity ${style.opacity}` }),
				};
			});
			// Enter on anything but an in-page link would leave the page.
			if (!found.first.startsWith('<a href="#')) return found;
			await page.keyboard.press('Enter');
			const target = await page.evaluate(() => document.querySelector(':target')?.id);
			await page.keyboard.press('Tab');
			const backTo = await page.evaluate(() => {
				const main = document.getElementById('main-content');
				const el = document.activeElement;
				if (!main || !el || el === document.body || main.contains(el) || main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return undefined;
				return el.outerHTML.slice(0, 100);
			});
			return { ...found, ...(target ? { target } : {}), ...(backTo ? { backTo } : {}) };
		});
	}, timeout);

	test('on every page the first Tab focuses the "Skip to main content" link', () => {
		const skipLink = '<a href="#main-content">Skip to main content';
		expect(problemsByPage(skipLinks, ({ first }) => (first === skipLink ? [] : [`the first Tab focuses ${first}`]))).toEqual([]);
	});

	test('on every page what the first Tab focuses can be seen', () => {
		expect(problemsByPage(skipLinks, ({ first, hidden }) => (hidden ? [`${first} is not visible while focused: ${hidden}`] : []))).toEqual([]);
	});

	test('on every page Enter on the skip link moves on to the main content, past the header', () => {
		const problems = problemsByPage(skipLinks, ({ first, target, backTo }) => {
			if (!first.startsWith('<a href="#')) return [`the first Tab focuses ${first}, not a link within the page`];
			return [
				...(target === 'main-content' ? [] : [`Enter on ${first} targets ${target ? `#${target}` : 'nothing'}`]),
				...(backTo ? [`the Tab after it goes back to ${backTo}`] : []),
			];
		});
		expect(problems).toEqual([]);
	});

	test('on every page everything Tab reaches shows a focus indicator', { timeout }, async () => {
		const found = await onEveryPage(desktop, async (page) => {
			const presses = await page.evaluate(() => {
				const unmarked: string[] = [];
				(window as unknown as { lcfUnmarked: string[] }).lcfUnmarked = unmarked;
				const seen = new Set<Element>();
				document.addEventListener('focusin', (event) => {
					const el = event.target as Element;
					if (seen.has(el)) return;
					seen.add(el);
					// A focus style that fades in is judged by where it ends up.
					for (const animation of el.getAnimations()) animation.finish();
					const style = getComputedStyle(el);
					const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && !/transparent|rgba\([^)]*,\s*0\)/.test(style.outlineColor);
					if (outline || style.boxShadow !== 'none') return;
					const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 50) || el.getAttribute('name') || el.id;
					unmarked.push(`<${el.tagName.toLowerCase()}> "${name}" shows no focus indicator`);
				});
				// Enough presses to go round the page once (at most 200); the untabbable only add spare ones.
				const focusable = document.querySelectorAll('a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]');
				return Math.min(focusable.length + 1, 200);
			});
			for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
			return page.evaluate(() => (window as unknown as { lcfUnmarked: string[] }).lcfUnmarked);
		});
		expect(problemsByPage(found, (unmarked) => unmarked)).toEqual([]);
	});
});
