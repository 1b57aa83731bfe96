/**
 * Titles a handout's outline (its bookmarks) with its headings' own text. Chromium titles each
 * outline entry with the glyphs it painted inside the heading, joined run by run: a heading that
 * wraps loses the space at each line's end ("expectations, andgoals"), and one painted in two
 * pieces is titled twice ("Managing ComplexityManaging Complexity"). The entries themselves (their
 * order, nesting and destinations) are right, so only their titles are replaced.
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';

/** Every heading the printed page shows (elements and `role="heading"`), in order, its text as a reader hears it. */
export function printedHeadings(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
			.filter((heading) => heading.checkVisibility({ visibilityProperty: true }))
			.map((heading) => heading.innerText.replace(/\s+/g, ' ').trim()),
	);
}

/** Text without white space, as Chromium's titles may drop or keep it. */
const squash = (text: string) => text.replace(/\s+/g, '').normalize('NFKC');

/** Whether Chromium's `title` is `heading` painted once or more, spaces aside. */
const isTitleOf = (title: string, heading: string) => {
	const [painted, text] = [squash(title), squash(heading)];
	return text !== '' && painted.length % text.length === 0 && painted === text.repeat(painted.length / text.length);
};

/**
 * Replaces each outline entry's title, in document order, with the text of the heading it was made
 * from: the next printed heading that it is, spaces aside (Chromium leaves out a heading it painted
 * nothing of). Throws if an entry matches none, rather than guess.
 */
export function retitleOutline(doc: PDFDocument, headings: string[]): void {
	const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	let next = 0;
	const visit = (entry: PDFDict | undefined): void => {
		for (; entry; entry = entry.lookupMaybe(PDFName.of('Next'), PDFDict)) {
			const painted = entry.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
			const found = headings.findIndex((heading, i) => i >= next && isTitleOf(painted, heading));
			if (found < 0) throw new Error(`The PDF outline's entry "${painted}" is none of the page's printed headings after "${headings[next - 1] ?? 'the start'}".`);
			entry.set(PDFName.of('Title'), PDFHexString.fromText(headings[found]!));
			next = found + 1;
			visit(entry.lookupMaybe(PDFName.of('First'), PDFDict));
		}
	};
	visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}
