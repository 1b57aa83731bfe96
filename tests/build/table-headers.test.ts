/**
 * The two big tables have two levels of headers, so each data cell names every header it sits under
 * by `headers` (WCAG 1.3.1, technique H43): a screen reader then reads a comparison cell with its
 * pathway, capability and sub-capability, and a matrix count with its pathway, capability and area.
 * And the comparison has a heading for each capability and sub-capability, to jump between.
 */
import type { HtmlElement } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { attr, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';
import { capabilities, curriculumAreas, pathways, subCapabilities } from '../helpers/content.ts';

const tableOf = (url: string, selector: string) => parseHtmlFile(fileFor(url)!).querySelector(selector)!;

/** The header cells a data cell names, each checked to be a header cell of the same table. */
function headersOf(table: HtmlElement, cell: HtmlElement): HtmlElement[] {
	const ids = (attr(cell, 'headers') ?? '').split(/\s+/).filter(Boolean);
	return ids.map((id) => {
		const header = table.querySelector(`th[id="${id}"]`);
		expect(header, `headers="${id}" names no header cell of this table`).toBeTruthy();
		return header!;
	});
}
/** A capability or sub-capability header's title, without its code. */
const title = (header: HtmlElement | undefined) => textOf(header).trim().replace(/^\S+ /, '');

describe('the comparison table (/compare/)', () => {
	const table = tableOf('/compare/', 'table.lcf-compare');
	const cells = table.querySelectorAll('tbody td');

	test('has a cell for each sub-capability and pathway', () => expect(cells).toHaveLength(subCapabilities.length * pathways.length));

	test('ties each cell to its pathway, its capability and its sub-capability', () => {
		const expected = subCapabilities.flatMap((s) => pathways.map((p) => [p.id, capabilities.find((c) => c.id === s.capability)!.title, s.title]));
		const named = cells.map((cell) => {
			const [pathway, capability, subCapability] = headersOf(table, cell);
			return [attr(pathway!, 'data-pathway'), title(capability), title(subCapability)];
		});
		expect(named.sort()).toEqual(expected.sort());
	});

	test('ties each sub-capability header to its capability', () =>
		expect(table.querySelectorAll('tbody th[scope="row"]').map((th) => title(headersOf(table, th)[0])).sort()).toEqual(
			subCapabilities.map((s) => capabilities.find((c) => c.id === s.capability)!.title).sort(),
		));

	test('gives each capability a level-2 heading and each sub-capability a level-3 one', () => {
		const level = (n: number) => table.querySelectorAll(`[role="heading"][aria-level="${n}"]`).map((h) => title(h));
		expect(level(2)).toEqual(capabilities.map((c) => c.title));
		expect(level(3).sort()).toEqual(subCapabilities.map((s) => s.title).sort());
	});
});

describe('the area matrix (/curriculum-areas/)', () => {
	const table = tableOf('/curriculum-areas/', 'table.lcf-matrix');

	test('ties each count to its pathway, its capability and its area', () => {
		const expected = curriculumAreas.flatMap((a) => pathways.flatMap((p) => capabilities.map((c) => [`Pathway ${p.number}`, c.title, a.title])));
		const named = table.querySelectorAll('tbody td').map((cell) => {
			const [pathway, capability, area] = headersOf(table, cell);
			return [textOf(pathway).trim(), attr(capability!, 'title'), textOf(area).trim()];
		});
		expect(named.sort()).toEqual(expected.sort());
	});
});
