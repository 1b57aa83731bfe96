/** The cover's QR code: a symbol any decoder reads back as the address it was made from. */
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { qrCode } from '../../scripts/build-steps/pdf-qr.ts';

/** The path's rectangles (`M x y h n v1 h-n z`) painted black on white, `scale` pixels per module. */
function rasterise({ size, path }: { size: number; path: string }, scale = 4) {
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
		for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
			for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
	return { pixels, width };
}

describe('qrCode', () => {
	test.each(['https://4c-leadership-framework.example/pathways/pathway-2/', 'https://example.org/compare/'])('decodes back to %s', (address) => {
		const { pixels, width } = rasterise(qrCode(address));
		expect(jsQR(pixels, width, width)?.data).toBe(address);
	});

	test('leaves the four-module quiet zone around the symbol blank', () => {
		const { size, path } = qrCode('https://example.org/');
		const modules = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, run]) => [Number(x), Number(y), Number(x) + Number(run)] as const);
		expect(Math.min(...modules.map(([x]) => x), ...modules.map(([, y]) => y))).toBe(4);
		expect(Math.max(...modules.map(([, , end]) => end))).toBe(size - 4);
	});
});
