/**
 * The cover's QR code, which opens the page online from the paper. The PDF step draws it, so the
 * site's pages do not carry it (a pathway page's HTML has a byte budget).
 */
import type { Page } from 'playwright-core';
import encodeQR from 'qr';

export interface QrCode {
	/** Modules per side, with the four-module quiet zone that scanners need around the symbol. */
	size: number;
	/** The dark modules as one path in a `0 0 size size` box: a run of dark modules in a row is one rectangle. */
	path: string;
}

const quietZone = 4;

/** Encodes `text` (error correction M: about 15% of a worn or folded print can be lost). */
export function qrCode(text: string): QrCode {
	const rows = encodeQR(text, 'raw', { ecc: 'medium', border: quietZone });
	const parts: string[] = [];
	rows.forEach((row, y) => {
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			let run = 1;
			while (row[x + run]) run++;
			parts.push(`M${x} ${y}h${run}v1h-${run}z`);
			x += run;
		}
	});
	return { size: rows.length, path: parts.join('') };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The QR code of `address` as an SVG image named by its alternative text (a Figure with Alt in the tagged PDF). */
export function qrSvg(address: string): string {
	const { size, path } = qrCode(address);
	return `<svg class="lcf-print-cover__qr" role="img" viewBox="0 0 ${size} ${size}" aria-label="QR code: opens ${escape(address)}"><path d="${path}"/></svg>`;
}

/** Puts the QR code of its address (`data-print-qr`) into each slot on the page. */
export async function addQrCodes(page: Page): Promise<void> {
	const addresses = await page.$$eval('[data-print-qr]', (slots) => slots.map((slot) => slot.getAttribute('data-print-qr')!));
	await page.$$eval('[data-print-qr]', (slots, svgs) => slots.forEach((slot, i) => slot.insertAdjacentHTML('beforeend', svgs[i]!)), addresses.map(qrSvg));
}
