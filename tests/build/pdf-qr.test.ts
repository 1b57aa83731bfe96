/** The cover's QR code leads back to the living version of the handout, and is big enough to scan from paper. */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { fileFor } from '../helpers/dist.ts';
import { openPdf, printedPdfs } from '../helpers/pdf.ts';

const mm = 72 / 25.4;

/** The cover rendered at `dpi`, as pdf.js draws it (with the canvas pdf.js itself uses in Node). */
async function renderCover(name: string, dpi: number) {
	const doc = await openPdf(name);
	const page = await doc.getPage(1);
	const viewport = page.getViewport({ scale: dpi / 72 });
	const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
	const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
	await page.render({ canvas, canvasContext: context, viewport, background: '#ffffff' }).promise;
	const image = context.getImageData(0, 0, canvas.width, canvas.height);
	return { image, pointsPerPixel: 72 / dpi };
}

describe.each(printedPdfs)('the QR code on the cover of $name', ({ name, url }) => {
	const canonical = readFileSync(fileFor(url)!, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1]!;

	// 150 dpi is a phone camera's view of a print at arm's length, give or take.
	test(`opens the page on the published site (${url})`, async () => {
		const { image } = await renderCover(name, 150);
		const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
		expect(code?.data).toBe(canonical);
	});

	test('is at least 20 mm across, each module at least 0.5 mm', async () => {
		const { image, pointsPerPixel } = await renderCover(name, 150);
		const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)!;
		const { topLeftFinderPattern: a, topRightFinderPattern: b } = code.location;
		// The finder patterns' centres are 3.5 modules in from the symbol's edges.
		const modules = code.version * 4 + 17;
		const centres = Math.hypot(b.x - a.x, b.y - a.y) * pointsPerPixel;
		const module = centres / (modules - 7);
		expect(module * modules).toBeGreaterThanOrEqual(20 * mm);
		expect(module).toBeGreaterThanOrEqual(0.5 * mm);
	});
});
