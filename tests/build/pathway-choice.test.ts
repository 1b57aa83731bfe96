/**
 * The pages that show every pathway, as built: the one-pathway-or-all choice is there, hidden until
 * its script runs (so without JavaScript everything shows); the comparison says what its layout is;
 * area pages read pathway by pathway; "Compare … across pathways" lands on the comparison.
 */
import { describe, expect, test } from 'vitest';
import { attr, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';
import { attributes, capabilities, curriculumAreas, pathways, subCapabilities } from '../helpers/content.ts';

const page = (url: string) => parseHtmlFile(fileFor(url)!);
const sub = subCapabilities[0]!;
const subUrl = `/capabilities/${sub.capability}/${sub.id}/`;
const area = curriculumAreas.find((a) => pathways.every((p) => attributes.some((x) => x.pathway === p.id && x.areas.includes(a.id))))!;

describe('the one-pathway-or-all choice', () => {
	test.each(['/compare/', subUrl, `/capabilities/${sub.capability}/`, `/curriculum-areas/${area.id}/`])('%s offers each pathway and all, hidden without JavaScript', (url) => {
		const choice = page(url).querySelector('[data-pathway-choice]');
		expect(choice, 'no pathway choice').toBeTruthy();
		expect(choice!.hasAttribute('hidden')).toBe(true);
		const options = choice!.querySelectorAll('input[type="radio"]').map((input) => attr(input, 'value'));
		expect(options).toEqual([...pathways.map((p) => p.id), '']);
		expect(choice!.querySelector('input[value=""]')!.hasAttribute('checked'), '"all" is the choice to start with').toBe(true);
	});

	test.each(['/compare/', subUrl])('%s hides no pathway in its HTML', (url) => {
		expect(page(url).querySelectorAll('[data-pathway][hidden]')).toHaveLength(0);
	});
});

describe('the comparison', () => {
	test('says how it is laid out on wide and narrow screens, not only "read across a row"', () => {
		const lead = textOf(page('/compare/').querySelector('.lcf-lead'));
		expect(lead).not.toMatch(/read across a row/i);
		expect(lead).toMatch(/side by side/);
		expect(lead).toMatch(/narrow/);
	});

	// Without JavaScript there is no choice (its script shows it): the words around it must not promise one (#7 of the review).
	test.each([['/compare/', '.lcf-lead'], [subUrl, `[id="across-pathways"] + p`]])('%s promises no choice of pathway where it shows without JavaScript', (url, words) => {
		const doc = page(url);
		expect(doc.querySelector('[data-pathway-choice]')!.hasAttribute('hidden')).toBe(true);
		expect(textOf(doc.querySelector(words))).toMatch(/narrow/);
		expect(textOf(doc.querySelector(words))).not.toMatch(/choose/i);
	});

	test('"Compare … across pathways" on a pathway page lands on the sub-capability page’s comparison', () => {
		const links = page(`/pathways/${pathways[0]!.id}/`)
			.querySelectorAll('a')
			.filter((a) => /^Compare .* across pathways$/.test(textOf(a).trim()));
		expect(links).toHaveLength(subCapabilities.length);
		for (const link of links) {
			const url = new URL(attr(link, 'href')!, 'https://site.example');
			const target = page(url.pathname).querySelector(`[id="${url.hash.slice(1)}"]`);
			expect(target?.tagName, `${url.href} lands on no heading`).toBe('h2');
			expect(textOf(target)).toMatch(/by pathway/);
		}
	});
});

describe('an area page', () => {
	test('groups its attributes by pathway first, then capability', () => {
		const doc = page(`/curriculum-areas/${area.id}/`);
		const headings = doc.querySelectorAll('main h2, main h3').map((h) => [h.tagName, textOf(h).trim()]);
		const pathwayHeadings = headings.filter(([tag]) => tag === 'h2').map(([, text]) => text);
		expect(pathwayHeadings.filter((t) => pathways.some((p) => t!.startsWith(`Pathway ${p.number}`)))).toHaveLength(pathways.length);
		// Under each pathway only capability headings, each capability at most once.
		const sections = doc.querySelectorAll('section[data-pathway]');
		expect(sections.map((s) => attr(s, 'data-pathway'))).toEqual(pathways.map((p) => p.id));
		for (const section of sections) {
			const titles = section.querySelectorAll('h3').map((h) => textOf(h).trim());
			expect(titles.every((t) => capabilities.some((c) => c.title === t))).toBe(true);
			expect(new Set(titles).size).toBe(titles.length);
		}
	});
});
