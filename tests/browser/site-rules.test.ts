/** The site-wide rules every built page keeps in Chromium: no third parties, reflow, text resize, reduced motion, keyboard use. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

/** Opens `url` in a fresh context, runs `check` on it, and closes the context. */
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

/** How far the page scrolls sideways, with the elements that stick out past the viewport's right edge. */
const horizontalOverflow = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
		// Only the outermost offenders: their descendants overflow because they do.
		const offenders = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
		const outermost = offenders.filter((el) => !offenders.includes(el.parentElement as Element));
		return { scrollWidth: document.documentElement.scrollWidth, width, sticksOut: outermost.slice(0, 10).map(describe) };
	});

const pages = builtPages();

describe.each(pages)('$url', ({ url }) => {
	test('makes no request outside the site and sets no cookie', async () => {
		const context = await browser.newContext();
		try {
			const requested: string[] = [];
			context.on('request', (request) => requested.push(request.url()));
			// Refused rather than sent: a test must not reach the network, and refusing is quicker.
			await context.route(
				(target) => !target.href.startsWith(`${server.url}/`),
				(route) => route.abort('blockedbyclient'),
			);
			const page = await context.newPage();
			await page.goto(server.url + url, { waitUntil: 'networkidle' });
			expect(requested.filter((href) => !href.startsWith(`${server.url}/`) && !/^(?:data|blob):/.test(href))).toEqual([]);
			expect(await context.cookies()).toEqual([]);
		} finally {
			await context.close();
		}
	});

	test('reflows without horizontal scrolling at 320 CSS pixels wide', async () => {
		const overflow = await onPage(url, { viewport: { width: 320, height: 640 } }, horizontalOverflow);
		expect(overflow.scrollWidth, `sticking out: ${overflow.sticksOut.join(', ')}`).toBeLessThanOrEqual(320);
	});

	test('does not scroll sideways with text at 200% at 1280 pixels wide', async () => {
		const overflow = await onPage(url, { viewport: { width: 1280, height: 800 } }, async (page) => {
			await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
			return horizontalOverflow(page);
		});
		expect(overflow.scrollWidth, `sticking out: ${overflow.sticksOut.join(', ')}`).toBeLessThanOrEqual(1280);
	});

	test('neither scrolls smoothly nor animates when reduced motion is asked for', async () => {
		const motion = await onPage(url, { reducedMotion: 'reduce' }, (page) =>
			page.evaluate(() => ({
				scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
				running: document
					.getAnimations()
					.filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10)
					.map((animation) => {
						const target = (animation.effect as KeyframeEffect | null)?.target;
						const name = 'animationName' in animation ? animation.animationName : 'transitionProperty' in animation ? animation.transitionProperty : animation.id;
						return `${String(name)} on ${target?.tagName.toLowerCase() ?? '?'}${target?.id ? `#${target.id}` : ''}`;
					}),
			})),
		);
		expect(motion.scrollBehavior).not.toBe('smooth');
		expect(motion.running).toEqual([]);
	});

	describe('with the keyboard', () => {
		const keyboard = { viewport: { width: 1280, height: 800 } };

		test('the first Tab focuses the "Skip to main content" link', async () => {
			const focused = await onPage(url, keyboard, async (page) => {
				await page.keyboard.press('Tab');
				return page.evaluate(() => {
					const el = document.activeElement;
					return { tag: el?.tagName, text: el?.textContent?.trim(), href: el?.getAttribute('href') };
				});
			});
			expect(focused).toEqual({ tag: 'A', text: 'Skip to main content', href: '#main-content' });
		});

		test('the skip link can be seen when focused', async () => {
			const box = await onPage(url, keyboard, async (page) => {
				await page.keyboard.press('Tab');
				return page.evaluate(() => {
					const el = document.activeElement as HTMLElement;
					const { width, height, top, left } = el.getBoundingClientRect();
					const style = getComputedStyle(el);
					return { width, height, top, left, clipped: style.clipPath !== 'none' || style.clip !== 'auto', opacity: Number(style.opacity) };
				});
			});
			expect(box.width * box.height, 'a visually hidden link is not visible when focused').toBeGreaterThan(100);
			expect(box.top >= 0 && box.left >= 0 && !box.clipped && box.opacity > 0, JSON.stringify(box)).toBe(true);
		});

		test('Enter on the skip link moves on to the main content', async () => {
			const after = await onPage(url, keyboard, async (page) => {
				await page.keyboard.press('Tab');
				await page.keyboard.press('Enter');
				const target = await page.evaluate(() => document.querySelector(':target')?.id);
				// The next Tab must land in or after <main>, not back in the header.
				await page.keyboard.press('Tab');
				const next = await page.evaluate(() => {
					const main = document.getElementById('main-content');
					const el = document.activeElement;
					if (!main || !el) return 'no #main-content';
					if (el === document.body || el === main || main.contains(el) || main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return 'in or after main';
					return `before main: ${el.outerHTML.slice(0, 120)}`;
				});
				return { target, next };
			});
			expect(after).toEqual({ target: 'main-content', next: 'in or after main' });
		});

		test('every element Tab reaches shows a focus indicator', async () => {
			const unmarked = await onPage(url, keyboard, async (page) => {
				const missing: string[] = [];
				const seen = new Set<string>();
				for (let press = 0; press < 200; press++) {
					await page.keyboard.press('Tab');
					const focus = await page.evaluate(() => {
						const el = document.activeElement;
						if (!el || el === document.body) return undefined;
						const style = getComputedStyle(el);
						const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && !/rgba\(.*,\s*0\)|transparent/.test(style.outlineColor);
						const path: string[] = [];
						for (let node: Element | null = el; node && node !== document.body; node = node.parentElement)
							path.unshift(`${node.tagName.toLowerCase()}:nth-child(${[...(node.parentElement?.children ?? [])].indexOf(node) + 1})`);
						return { path: path.join(' > '), label: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`, visible: outline || style.boxShadow !== 'none' };
					});
					// Tab has gone round the page once: back to the top, or out of the page.
					if (!focus || seen.has(focus.path)) break;
					seen.add(focus.path);
					if (!focus.visible) missing.push(focus.label);
				}
				return missing;
			});
			expect(unmarked).toEqual([]);
		});
	});
});
