/**
 * The area symbols are the source's key to the areas, so each must stand out from what is behind
 * it: WCAG 1.4.11 asks 3:1 of the parts of a graphic needed to understand it. Twemoji's pictures have
 * several colours, so the test counts pixels: at least 80% of each symbol's drawn pixels have 3:1
 * against the ground it is drawn on (on the tags' own blue, the building had 5% in light mode and
 * the speaking head 5% in dark). Not 100%: the edges of a drawing blend into its ground.
 */
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();

const luminance = (r: number, g: number, b: number) =>
	[r, g, b].map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('area symbols', () => {
	test.for(['light', 'dark'] as const)('each has 3:1 against its own ground in the %s colour scheme', async (colorScheme) => {
		const page = await site.newPage({ viewport: { width: 1280, height: 800 }, colorScheme, deviceScaleFactor: 4 });
		await page.goto(`${site.server.url}/pathways/pathway-2/`);
		const symbols = page.locator('.lcf-tag .lcf-tag__symbol');
		const hrefs = await symbols.evaluateAll((svgs) => svgs.map((svg) => svg.querySelector('use')!.getAttribute('href')!));
		const shares: Record<string, number> = {};
		for (const href of [...new Set(hrefs)]) {
			const symbol = symbols.nth(hrefs.indexOf(href));
			await symbol.scrollIntoViewIfNeeded();
			// The ground: the first background behind the symbol that is not transparent.
			const ground = await symbol.evaluate((svg) => {
				for (let el: Element | null = svg; el; el = el.parentElement) {
					const colour = getComputedStyle(el).backgroundColor;
					if (colour !== 'rgba(0, 0, 0, 0)') return colour.match(/\d+/g)!.slice(0, 3).map(Number);
				}
				return [255, 255, 255];
			});
			// The picture only, inside the padding: the ground's rounded corners show what lies behind it.
			const box = (await symbol.boundingBox())!;
			const inset = await symbol.evaluate((svg) => parseFloat(getComputedStyle(svg).paddingLeft));
			const clip = { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
			const { data } = await sharp(await page.screenshot({ clip })).removeAlpha().raw().toBuffer({ resolveWithObject: true });
			const groundLuminance = luminance(ground[0]!, ground[1]!, ground[2]!);
			let drawn = 0;
			let distinct = 0;
			for (let i = 0; i < data.length; i += 3) {
				const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
				if (Math.abs(r - ground[0]!) + Math.abs(g - ground[1]!) + Math.abs(b - ground[2]!) <= 6) continue;
				drawn++;
				if (contrast(luminance(r, g, b), groundLuminance) >= 3) distinct++;
			}
			shares[href.replace(/^.*#lcf-symbol-/, '')] = Math.round((distinct / drawn) * 100);
		}
		expect(Object.keys(shares)).toHaveLength(6);
		expect(Object.entries(shares).filter(([, share]) => share < 80), JSON.stringify(shares)).toEqual([]);
	});
});
