/** The PDF step under faults: content that points elsewhere or carries a script, and two builds of the same site. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { buildPdfs, pdfDate } from '../../scripts/build-steps/pdf.ts';
import { distDir } from '../helpers/dist.ts';
import { printedPdfs } from '../helpers/pdf.ts';

const framework = JSON.parse(readFileSync(path.join(distDir, 'framework.json'), 'utf8')) as { date: string };

/** A copy of the built site's pages that the PDF step prints, without the PDFs. */
function siteCopy(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'lcf-pdf-'));
	for (const part of ['_astro', 'pathways', 'compare', 'framework.json', 'symbols.svg']) cpSync(path.join(distDir, part), path.join(dir, part), { recursive: true });
	return dir;
}

describe('the PDF dates', () => {
	test('are the content version’s date, or SOURCE_DATE_EPOCH when set', () => {
		expect(pdfDate(distDir, undefined).toISOString()).toBe(`${framework.date}T00:00:00.000Z`);
		expect(pdfDate(distDir, '1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
		expect(() => pdfDate(distDir, 'yesterday')).toThrow('SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "yesterday".');
	});

	test('make two builds of the same site the same byte for byte', { timeout: 180_000 }, async () => {
		const first = siteCopy();
		const second = siteCopy();
		await buildPdfs(first);
		await sleep(1_100); // PDF dates count seconds: a build a second later would differ if they were the time of printing.
		await buildPdfs(second);
		for (const { name: file } of printedPdfs) {
			const a = readFileSync(path.join(first, 'downloads', file));
			const b = readFileSync(path.join(second, 'downloads', file));
			expect(a.equals(b), `${file} differs between two builds`).toBe(true);
			const doc = await PDFDocument.load(a, { updateMetadata: false });
			expect(doc.getCreationDate()?.toISOString()).toBe(`${framework.date}T00:00:00.000Z`);
			expect(doc.getModificationDate()?.toISOString()).toBe(`${framework.date}T00:00:00.000Z`);
		}
	});
});

describe('printing', () => {
	test('fetches nothing from other sites and runs no script of the pages', { timeout: 180_000 }, async () => {
		// "Another site": a server on another port, so another origin, that records what reaches it.
		const reached: string[] = [];
		const outside = createServer((request, response) => {
			reached.push(request.url ?? '');
			response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>');
		});
		await new Promise<void>((resolve) => outside.listen(0, '127.0.0.1', resolve));
		const elsewhere = `http://127.0.0.1:${(outside.address() as AddressInfo).port}`;
		try {
			const site = siteCopy();
			const page = path.join(site, 'pathways/pathway-2/index.html');
			// What a careless or hostile edit could put in a page: an outside image, a script that calls out and retitles the page.
			const planted = `<img src="${elsewhere}/image.svg" alt=""><script>fetch('${elsewhere}/script'); document.title = 'ran';</script>`;
			writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `${planted}</main>`));
			mkdirSync(path.join(site, 'downloads'), { recursive: true });
			await buildPdfs(site);
			expect(reached).toEqual([]);
			const doc = await PDFDocument.load(readFileSync(path.join(site, 'downloads/pathway-2.pdf')), { updateMetadata: false });
			expect(doc.getTitle()).not.toBe('ran');
		} finally {
			outside.close();
		}
	});
});
