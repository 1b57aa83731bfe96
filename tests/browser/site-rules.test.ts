/** The rules every built page keeps in Chromium: nothing from elsewhere, reflow, text resize, reduced motion, keyboard use. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/chromium.ts';
import { builtPages } from '../helpers/dist.ts';
import { problemsOnEveryPage, timeoutFor } from '../helpers/every-page.ts';
import { serveDist, type DistServer } from '../helpers/server.ts';

const pages = builtPages();
const timeout = timeoutFor(pages);

let browser: Browser;
let server: DistServer;
beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveDist()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const onEveryPage = (options: BrowserContextOptions, check: (page: Page) => Promise<string[]>) => problemsOnEveryPage(browser, server.url, pages, options, check);

/**
 * Counts the tab's requests in flight; the function returned resolves once none has been for
 * `ms`: time for what scripts fetch after `load`, far sooner than `networkidle`'s 500 ms.
 */
function trackRequests(page: Page): (ms?: number) => Promise<void> {
	let inFlight = 0;
	let lastChange = Date.now();
	const change = (by: number) => () => {
		inFlight += by;
		lastChange = Date.now();
	};
	page.on('request', change(1)).on('requestfinished', change(-1)).on('requestfailed', change(-1));
	return async (ms = 100) => {
		while (inFlight > 0 || Date.now() - lastChange < ms) await sleep(20);
	};
}

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
		const context = await browser.newContext();
		try {
			// Refused, not sent: a test must not reach the network (and a refusal is quick).
			await context.route((target) => target.origin !== server.url, (route) => route.abort('blockedbyclient'));
			const page = await context.newPage();
			const settled = trackRequests(page);
			let offSite: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith(`${server.url}/`) && !/^(?:data|blob):/.test(request.url())) offSite.push(request.url());
			});
			const problems: string[] = [];
			for (const { url } of pages) {
				offSite = [];
				await page.goto(server.url + url);
				await settled();
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
		expect(await onEveryPage({ viewport: { width: 320, height: 640 } }, sidewaysScroll)).toEqual([]);
	});
});

describe('text resize (WCAG 1.4.4)', () => {
	test('no page scrolls sideways at 1280 pixels wide with text at 200%', { timeout }, async () => {
		const problems = await onEveryPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
			await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
			return sidewaysScroll(page);
		});
		expect(problems).toEqual([]);
	});
});

describe('reduced motion', () => {
	test('no page scrolls smoothly when reduced motion is asked for', { timeout }, async () => {
		const problems = await onEveryPage({ reducedMotion: 'reduce' }, async (page) => {
			const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
			return behaviour === 'smooth' ? ['html has scroll-behavior: smooth'] : [];
		});
		expect(problems).toEqual([]);
	});

	test('no page runs an animation or transition when reduced motion is asked for', { timeout }, async () => {
		const problems = await onEveryPage({ reducedMotion: 'reduce' }, (page) =>
			page.evaluate(() =>
				document
					.getAnimations()
					// Anything longer than 0.01 s counts: the usual reset shortens durations to 0.01 ms.
					.filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10)
					.map((animation) => {
						const target = (animation.effect as KeyframeEffect | null)?.target;
						const what = animation instanceof CSSAnimation ? `animation ${animation.animationName}` : animation instanceof CSSTransition ? `transition of ${animation.transitionProperty}` : 'scripted animation';
						return `runs the ${what} on <${target?.tagName.toLowerCase() ?? '?'}${target?.id ? ` id="${target.id}"` : ''}>`;
					}),
			),
		);
		expect(problems).toEqual([]);
	});
});

describe('keyboard', () => {
	const desktop = { viewport: { width: 1280, height: 800 } };

	test('on every page the first Tab focuses the "Skip to main content" link', { timeout }, async () => {
		const problems = await onEveryPage(desktop, async (page) => {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const el = document.activeElement;
				return el ? `<${el.tagName.toLowerCase()} href="${el.getAttribute('href')}">${el.textContent?.trim()}` : 'nothing';
			});
			return focused === '<a href="#main-content">Skip to main content' ? [] : [`the first Tab focuses ${focused}`];
		});
		expect(problems).toEqual([]);
	});

	test('on every page the skip link can be seen while it has focus', { timeout }, async () => {
		const problems = await onEveryPage(desktop, async (page) => {
			await page.keyboard.press('Tab');
			return page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const { width, height, top, left } = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				// The usual visually-hidden pattern leaves a clipped 1 px box: not something a sighted keyboard user can see.
				const seen = width > 10 && height > 10 && top >= 0 && left >= 0 && style.clip === 'auto' && style.clipPath === 'none' && style.opacity === '1';
				return seen ? [] : [`the focused skip link is not visible: ${Math.round(width)}×${Math.round(height)} at ${Math.round(left)},${Math.round(top)}, clip ${style.clip}, clip-path ${style.clipPath}, opacity ${style.opacity}`];
			});
		});
		expect(problems).toEqual([]);
	});

	test('on every page Enter on the skip link moves on past the header to the main content', { timeout }, async () => {
		const problems = await onEveryPage(desktop, async (page) => {
			await page.keyboard.press('Tab');
			// Enter on anything but an in-page link would leave the page; the first test reports that.
			if (!(await page.evaluate(() => document.activeElement?.getAttribute('href')?.startsWith('#')))) return ['the first Tab reaches no in-page link'];
			await page.keyboard.press('Enter');
			const target = await page.evaluate(() => document.querySelector(':target')?.id);
			// From there the next Tab must land in or after <main>, not back in the header.
			await page.keyboard.press('Tab');
			const next = await page.evaluate(() => {
				const main = document.getElementById('main-content');
				const el = document.activeElement;
				if (!main || !el || el === document.body || main.contains(el) || main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return undefined;
				return el.outerHTML.slice(0, 100);
			});
			return [...(target === 'main-content' ? [] : [`Enter on the skip link targets ${target ? `#${target}` : 'nothing'}`]), ...(next ? [`the Tab after it goes back to ${next}`] : [])];
		});
		expect(problems).toEqual([]);
	});

	test('on every page everything Tab reaches shows a focus indicator', { timeout }, async () => {
		const problems = await onEveryPage(desktop, async (page) => {
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
					if (!outline && style.boxShadow === 'none') {
						const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 50) || el.getAttribute('name') || el.id;
						unmarked.push(`<${el.tagName.toLowerCase()}> "${name}" shows no focus indicator`);
					}
				});
				// Enough presses to go round the page once (capped at 200); ones that are not tabbable only add spare presses.
				const focusable = document.querySelectorAll('a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]');
				return Math.min(focusable.length + 1, 200);
			});
			for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
			return page.evaluate(() => (window as unknown as { lcfUnmarked: string[] }).lcfUnmarked);
		});
		expect(problems).toEqual([]);
	});
});
