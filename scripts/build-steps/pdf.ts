/**
 * Prints every pathway page, and each comparison in landscape (pdf-jobs.ts), to `downloads/*.pdf` with headless
 * Chromium: the pages' own print stylesheet and cover in the PDFs' one font, laid out and numbered
 * (pdf-layout.ts), a tagged PDF with an outline, the running header and footer stamped as artifacts
 * and the PDF/UA metadata added. Then puts a link to each PDF, with its size, on its page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFString, type PDFObject } from 'pdf-lib';
import type { FrameworkExport } from '../../schemas/framework-export.ts';
import { chromiumPath, launchBrowser } from '../tools/chromium.ts';
import { repeatedHeadersAsArtifacts } from './pdf-artifacts.ts';
import { pdfFontCss } from './pdf-font.ts';
import { stampFurniture } from './pdf-furniture.ts';
import { pdfJobs, type PdfJob } from './pdf-jobs.ts';
import { layOut } from './pdf-layout.ts';
import { linkWordsInPage } from './pdf-links.ts';
import { withPdfUa } from './pdf-metadata.ts';
import { printedHeadings, retitleOutline } from './pdf-outline.ts';
import { addQrCodes } from './pdf-qr.ts';
import { serveSite } from '../tools/static-server.ts';

const margin = { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' };
/** "123 KB" as GOV.UK writes file sizes. */
export function fileSize(bytes: number): string {
	return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const subject = 'Leadership Capability Framework';

/**
 * When the PDFs say they were made and changed: SOURCE_DATE_EPOCH (reproducible-builds.org), else the
 * content version's date, so that two builds of the same content are the same byte for byte.
 */
export function pdfDate(siteDir: string, epoch = process.env['SOURCE_DATE_EPOCH']): Date {
	if (epoch !== undefined && epoch !== '') {
		if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${epoch}".`);
		return new Date(Number(epoch) * 1000);
	}
	const { date } = JSON.parse(readFileSync(path.join(siteDir, 'framework.json'), 'utf8')) as { date: string };
	return new Date(`${date}T00:00:00Z`);
}

export async function buildPdfs(siteDir: string): Promise<void> {
	// The benchmark times the site build alone; printing takes as long again and is not what it measures.
	if (process.env.LCF_SKIP_PDF === '1') {
		console.log('Skipped the PDFs on request (LCF_SKIP_PDF=1).');
		return;
	}
	try {
		await chromiumPath();
	} catch (error) {
		console.warn(`Skipped the PDFs: ${(error as Error).message}`);
		return;
	}
	// The pathways, and so their comparison pages, come from the model, as the site publishes them in
	// /framework.json, not from whatever folders dist/pathways/ and dist/compare/ happen to hold.
	const { pathways } = JSON.parse(await readFile(path.join(siteDir, 'framework.json'), 'utf8')) as Pick<FrameworkExport, 'pathways'>;
	const jobs = pdfJobs(pathways);
	await mkdir(path.join(siteDir, 'downloads'), { recursive: true });
	const fontCss = await pdfFontCss();
	const date = pdfDate(siteDir);
	const [browser, server] = await Promise.all([launchBrowser(), serveSite(siteDir)]);
	// Printing needs only the site's HTML, CSS and images: content that points elsewhere is never
	// fetched, and no page script runs (the step's own evaluate below still does).
	const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false });
	await context.route('**/*', (route) => (new URL(route.request().url()).origin === server.url ? route.continue() : route.abort('blockedbyclient')));
	try {
		for (const job of jobs) {
			const page = await context.newPage();
			await page.goto(`${server.url}${job.url}`, { waitUntil: 'load' });
			const title = await page.title();
			const author = await page.$eval('meta[name="author"]', (meta) => meta.getAttribute('content') ?? '');
			const lang = await page.$eval('html', (html) => html.lang);
			const version = await page.$eval('[data-content-version]', (cover) => cover.getAttribute('data-content-version')!);
			// Links in the PDF go to the published site, not to the local server it was printed from.
			const address = await page.evaluate(() => {
				const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href;
				const site = new URL(canonical).origin;
				for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
					const target = new URL(link.href);
					if (target.origin !== location.origin) continue;
					link.href = `${site}${target.pathname}${target.search}${target.hash}`;
					link.dataset['siteLink'] = ''; // Not printed with its address after it, as links to other sites are.
				}
				return canonical;
			});
			await addQrCodes(page);
			// The font is print-only: laying the page out for print starts its loading, then wait for it.
			// Not addStyleTag, which waits for a load event that a page without JavaScript does not send.
			await page.evaluate((css) => document.head.append(Object.assign(document.createElement('style'), { textContent: css })), fontCss);
			await page.emulateMedia({ media: 'print' });
			await page.evaluate(async () => {
				void document.body.offsetHeight;
				await document.fonts.ready;
			});
			const print = () => page.pdf({ format: 'A4', landscape: job.landscape, margin, printBackground: true, tagged: true, outline: true });
			const laidOut = await repeatedHeadersAsArtifacts(await layOut(page, print));
			const headings = await printedHeadings(page);
			// After laying out, which makes the contents' entries links.
			const linkWords = await page.evaluate(linkWordsInPage);
			await page.close();
			const printed = await stampFurniture(laidOut, { title, address, version, sideMargin: 16 });
			const accessible = await withPdfUa(printed, { title, author, lang, subject }, linkWords);
			await writeFile(path.join(siteDir, job.pdf), await withMetadata(accessible, { title, author, lang, date, headings }));
		}
	} finally {
		await context.close();
		await Promise.all([browser.close(), server.close()]);
	}
	for (const job of jobs) await linkPdf(siteDir, job);
	console.log(`Printed ${jobs.length} PDFs into downloads/.`);
}

/**
 * Chromium sets a PDF's title but not its author or language, so pdf-lib adds them, and the dates
 * (Chromium's are the time of printing), and titles the outline with the headings (pdf-outline.ts);
 * it keeps the tagged structure Chromium wrote.
 */
async function withMetadata(pdf: Uint8Array, { title, author, lang, date, headings }: Record<'title' | 'author' | 'lang', string> & { date: Date; headings: string[] }): Promise<Uint8Array> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	retitleOutline(doc, headings);
	doc.setCreationDate(date);
	doc.setModificationDate(date);
	renumberNodeIds(doc);
	doc.setTitle(title, { showInWindowTitleBar: true });
	doc.setAuthor(author);
	doc.setSubject(subject);
	doc.setLanguage(lang);
	return doc.save();
}

/**
 * Chromium names a table's header cells in the tagged structure by Blink's DOM node ids (`node00000182`),
 * which vary from run to run by a few; numbered afresh in their own order (same width, so a sorted
 * name tree stays sorted), two builds give the same bytes.
 */
function renumberNodeIds(doc: PDFDocument): void {
	const pattern = /^node\d{8}$/;
	const found = new Set<string>();
	const visit = (object: PDFObject | undefined, replace?: (value: PDFObject) => void): void => {
		if (object instanceof PDFString && pattern.test(object.asString())) {
			if (replace) replace(PDFString.of(renamed.get(object.asString()) ?? object.asString()));
			else found.add(object.asString());
		} else if (object instanceof PDFArray) object.asArray().forEach((item, i) => visit(item, replace && ((value) => object.set(i, value))));
		else if (object instanceof PDFDict) for (const [key, value] of object.entries()) visit(value, replace && ((next) => object.set(key, next)));
	};
	const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
	for (const object of objects) visit(object);
	const renamed = new Map([...found].sort().map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
	for (const object of objects) visit(object, () => {});
}

/**
 * Fills the page's empty PDF slot with a link to its PDF, named by the page, and after it, as GOV.UK
 * describes a file, its type and size, and that it is landscape when it is (it prints so).
 */
async function linkPdf(siteDir: string, { url, pdf, landscape }: PdfJob): Promise<void> {
	const htmlFile = path.join(siteDir, url, 'index.html');
	if (!existsSync(htmlFile)) return;
	const { size } = await stat(path.join(siteDir, pdf));
	const html = await readFile(htmlFile, 'utf8');
	const slot = /<template data-pdf-slot="([^"]*)"><\/template>/;
	const match = html.match(slot);
	if (!match) return;
	const link = `<p class="lcf-download"><a href="${pdf}" download>${match[1]}</a> <span class="lcf-hint">(PDF, ${fileSize(size)}${landscape ? ', landscape' : ''})</span></p>`;
	await writeFile(htmlFile, html.replace(slot, link));
}
