/** The rules every built page keeps in Chromium: nothing from elsewhere, reflow, text resize, reduced motion, keyboard use. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/chromium.ts';
import { builtPages } from '../helpers/dist.ts';
import { serveDist, type DistServer } from '../helpers/server.ts';

const pages = builtPages();
// Each test visits every page, so its time grows with the site.
const timeout = 30_000 + pages.length * 2_000;

let browser: Browser;
let server: DistServer;
beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveDist()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/**
 * Loads every built page in turn in one context of the test's own and collects what `check` finds
 * wrong on each, as "<url>: <problem>". One tab going from page to page costs a third of a fresh
 * context per page, which matters with 2 cores.
 */
async function problemsOnEveryPage(options: BrowserContextOptions, check: (page: Page) => Promise<string[]>): Promise<string[]> {
	const context = await browser.newContext(options);
	try {
		const page = await context.newPage();
		const problems: string[] = [];
		for (const { url } of pages) {
			await page.goto(server.url + url);
			for (const problem of await check(page)) problems.push(`${url}: ${problem}`);
		}
		return problems;
	} finally {
		await context.close();
	}
}

/** Resolves once no request has been in flight for `ms`: time for what scripts fetch after `load`, far sooner than `networkidle`'s 500 ms. */
function quiet(page: Page, ms = 100): Promise<void> {
	return new Promise((settled) => {
		let inFlight = 0;
		let timer = setTimeout(settled, ms);
		const started = () => {
			inFlight++;
			clearTimeout(timer);
		};
		const finished = () => {
			if (--inFlight === 0) timer = setTimeout(settled, ms);
		};
		page.on('request', started).on('requestfinished', finished).on('requestfailed', finished);
		void timer;
		setTimeout(() => page.off('request', started).off('requestfinished', finished).off('requestfailed', finished), 60_000).unref();
	});
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
			const problems: string[] = [];
			for (const { url } of pages) {
				const offSite: string[] = [];
				const record = (request: { url(): string }) => {
					if (!request.url().startsWith(`${server.url}/`) && !/^(?:data|blob):/.test(request.url())) offSite.push(request.url());
				};
				page.on('request', record);
				const settled = quiet(page);
				await page.goto(server.url + url);
				await settled;
				page.off('request', record);
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
		expect(await problemsOnEveryPage({ viewport: { width: 320, height: 640 } }, sidewaysScroll)).toEqual([]);
	});
});

describe('text resize (WCAG 1.4.4)', () => {
	test('no page scrolls sideways at 1280 pixels wide with text at 200%', { timeout }, async () => {
		const problems = await problemsOnEveryPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
			await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
			return sidewaysScroll(page);
		});
		expect(problems).toEqual([]);
	});
});

describe('reduced motion', () => {
	test('no page scrolls smoothly when reduced motion is asked for', { timeout }, async () => {
		const problems = await problemsOnEveryPage({ reducedMotion: 'reduce' }, async (page) => {
			const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
			return behaviour === 'smooth' ? ['html has scroll-behavior: smooth'] : [];
		});
		expect(problems).toEqual([]);
	});

	test('no page runs an animation or transition when reduced motion is asked for', { timeout }, async () => {
		const problems = await problemsOnEveryPage({ reducedMotion: 'reduce' }, (page) =>
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
		const problems = await problemsOnEveryPage(desktop, async (page) => {
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
		const problems = await problemsOnEveryPage(desktop, async (page) => {
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
		const problems = await problemsOnEveryPage(desktop, async (page) => {
			await page.keyboard.press('Tab');
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
		const problems = await problemsOnEveryPage(desktop, async (page) => {
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
					if (!outline && style.boxShadow === 'none') unmarked.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 50)}" shows no focus indicator`);
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
