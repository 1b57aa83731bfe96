/** The handouts are compact: laid out as the source is, no page left mostly empty, nothing web-only. */
import { beforeAll, describe, expect, test } from 'vitest';
import { attributesFromFile } from '../../src/source/attributes.ts';
import { validateContent } from '../../src/source/validate.ts';
import type { Attribute } from '../../schemas/index.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { bodyItems, readPages, squash } from '../helpers/pdf.ts';

let attributes: Attribute[];
beforeAll(async () => {
	const { content } = await validateContent(projectRoot);
	attributes = content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
});

// Words that only make sense on screen: links to other views, and the buttons beside each item.
const webOnly = ['Compare with Pathway', 'across pathways', 'Link to', 'Add to my plan', 'Download', 'Copy link'];

describe.each([
	{ name: 'pathway-2.pdf', maxPages: 8, landscape: false, pathways: ['pathway-2'] },
	{ name: 'pathway-3.pdf', maxPages: 8, landscape: false, pathways: ['pathway-3'] },
	{ name: 'compare.pdf', maxPages: 10, landscape: true, pathways: ['pathway-2', 'pathway-3'] },
])('$name', ({ name, maxPages, landscape, pathways }) => {
	test(`fits in at most ${maxPages} A4 pages`, async () => {
		const pages = await readPages(name);
		expect(pages.length).toBeLessThanOrEqual(maxPages);
		for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual(landscape ? [843, 596] : [596, 843]);
	});

	test('leaves no page between the cover and the last mostly empty', async () => {
		const pages = await readPages(name);
		const short = pages.slice(1, -1).flatMap((page) => {
			const lowest = Math.max(...bodyItems(page).map((item) => item.top));
			return lowest < page.height / 2 ? [`page ${page.number} ends ${Math.round((lowest / page.height) * 100)}% down`] : [];
		});
		expect(short).toEqual([]);
	});

	test('still has every statement, curriculum area and code', async () => {
		const text = (await readPages(name)).map((page) => page.squashed).join('');
		const own = attributes.filter((a) => pathways.includes(a.pathway));
		expect(own.filter((a) => !text.includes(squash(a.text))).map((a) => a.id)).toEqual([]);
		expect(own.filter((a) => !text.includes(squash(a.code))).map((a) => a.code)).toEqual([]);
	});

	test('has no web-only text', async () => {
		const text = (await readPages(name)).map((page) => page.squashed).join('');
		expect(webOnly.filter((words) => text.includes(squash(words)))).toEqual([]);
	});

	test('credits the curriculum-area symbols only when it shows one', async () => {
		const text = (await readPages(name)).map((page) => page.squashed).join('');
		const shows = attributes.some((a) => pathways.includes(a.pathway) && a.areasFrom === 'source');
		expect(text.includes('Twemoji')).toBe(shows);
	});
});
