/**
 * Lays a handout out in as many renderings as it takes: where a capability would start low on a
 * page, it starts the next page instead; then the cover's contents get each entry's page number.
 *
 * Chromium ignores CSS `target-counter()`, so the pages are found from a rendering: each contents
 * entry's section gets, for that rendering only, a link to a marker address, and the PDF's link
 * annotations say on which page, and how far down it, each one printed. (The PDF outline would only
 * give headings, and the comparison's capabilities are table headers.)
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import type { Page } from 'playwright-core';

/** Where an element printed: its page (1 is the cover) and how far down it, as a share of the page's height. */
export interface Place {
	page: number;
	top: number;
}

/** A capability starts a new page only from this far down the page it would start on: the page it leaves is then at most 30% blank. */
const fullEnough = 0.7;
const marker = 'https://lcf-print-place.invalid/';
const tries = 3;

/** Prints the page laid out for paper: capabilities broken to new pages where that wastes little, contents numbered. */
export async function layOut(page: Page, print: () => Promise<Uint8Array>): Promise<Uint8Array> {
	await page.emulateMedia({ media: 'print' });
	// Each contents entry's label becomes a link to its section, which the PDF makes a link to its page
	// (a named destination; added here, not in the HTML, which every reader of the page would fetch),
	// and gets a slot beside it for its number.
	const { entries, capabilities } = await page.evaluate(() => {
		const entries = [...document.querySelectorAll<HTMLElement>('[data-contents] [data-section]')];
		for (const entry of entries) {
			const line = Object.assign(document.createElement('span'), { className: 'lcf-print-cover__entry' });
			const link = Object.assign(document.createElement('a'), { href: `#${entry.dataset['section']}` });
			link.append(entry.firstChild!);
			line.append(link, Object.assign(document.createElement('span'), { className: 'lcf-print-cover__page' }));
			entry.prepend(line);
		}
		return {
			entries: entries.map((entry) => entry.dataset['section']!),
			capabilities: [...document.querySelectorAll<HTMLElement>('[data-contents] > [data-section]')].map((entry) => entry.dataset['section']!),
		};
	});
	let places = await measure(page, entries, print);
	for (const id of capabilities) {
		const place = places.get(id);
		if (!place || place.top < fullEnough) continue;
		await page.evaluate((id) => document.getElementById(id)!.closest('section, tr')!.setAttribute('data-print-break', ''), id);
		places = await measure(page, entries, print);
	}
	// The numbers could move what follows the cover only if the cover overflowed: check, and try again.
	for (let attempt = 1; ; attempt++) {
		const numbers = Object.fromEntries([...places].map(([id, place]) => [id, String(place.page)]));
		await page.evaluate((numbers) => {
			for (const entry of document.querySelectorAll<HTMLElement>('[data-contents] [data-section]')) entry.querySelector(':scope > .lcf-print-cover__entry > .lcf-print-cover__page')!.textContent = numbers[entry.dataset['section']!] ?? '';
		}, numbers);
		const after = await measure(page, entries, print);
		if (entries.every((id) => after.get(id)?.page === places.get(id)?.page)) break;
		if (attempt === tries) throw new Error(`The contents' page numbers of ${page.url()} still moved after ${tries} renderings.`);
		places = after;
	}
	const missing = entries.filter((id) => !places.has(id));
	if (missing.length) throw new Error(`Could not find where ${missing.join(', ')} printed in ${page.url()}: is each contents entry's id on the page?`);
	return print();
}

/** Renders once with a marker link on the first visible text of each element, and reads where each printed. */
async function measure(page: Page, ids: string[], print: () => Promise<Uint8Array>): Promise<Map<string, Place>> {
	await page.evaluate(
		({ ids, marker }) => {
			for (const id of ids) {
				const target = document.getElementById(id);
				if (!target) continue;
				// No filter callback: the pages print with JavaScript off, where Chromium refuses to call one.
				const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
				let text = walker.nextNode() as Text | null;
				while (text && !(text.textContent!.trim() && text.parentElement!.checkVisibility())) text = walker.nextNode() as Text | null;
				if (!text) continue;
				const link = text.parentElement!.closest('a');
				if (link) {
					link.dataset['printHref'] = link.getAttribute('href')!;
					link.href = marker + id;
					continue;
				}
				const wrapper = Object.assign(document.createElement('a'), { href: marker + id });
				// Printed without its address after it, as the site's own links are.
				wrapper.dataset['siteLink'] = '';
				wrapper.dataset['printMarker'] = '';
				text.replaceWith(wrapper);
				wrapper.append(text);
			}
		},
		{ ids, marker },
	);
	const pdf = await print();
	await page.evaluate(() => {
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-print-href]')) {
			link.setAttribute('href', link.dataset['printHref']!);
			delete link.dataset['printHref'];
		}
		for (const wrapper of document.querySelectorAll('a[data-print-marker]')) wrapper.replaceWith(...wrapper.childNodes);
	});
	return placesIn(pdf);
}

/** The marker links' places, from each page's link annotations. */
async function placesIn(pdf: Uint8Array): Promise<Map<string, Place>> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const places = new Map<string, Place>();
	doc.getPages().forEach((page, index) => {
		const { height } = page.getSize();
		for (const ref of page.node.Annots()?.asArray() ?? []) {
			const annotation = doc.context.lookup(ref, PDFDict);
			const uri = annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
			if (!uri?.startsWith(marker)) continue;
			const [, y1, , y2] = annotation.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
			// Where a section breaks to a new page, Chromium also leaves a link a point or so high at the foot of
			// the page before it: that is not where the text printed.
			if (Math.abs(y2! - y1!) < 4) continue;
			const id = decodeURIComponent(uri.slice(marker.length));
			if (!places.has(id)) places.set(id, { page: index + 1, top: (height - Math.max(y1!, y2!)) / height });
		}
	});
	return places;
}
