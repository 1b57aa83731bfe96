/**
 * The built pages keep the URL contract and carry what their readers need: every capability,
 * sub-capability and attribute where it belongs, with its id as an anchor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent } from '../../src/check/validate.ts';
import type { Attribute, CurriculumArea, SubCapability } from '../../schemas/index.ts';
import { attr, builtPages, distDir, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';
import { curriculumAreas, pathways, resources } from '../helpers/content.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const pathwayIds = pathways.map((p) => p.id);

let attributes: Attribute[];
let subCapabilities: SubCapability[];
let areas: CurriculumArea[];
let capabilityIds: string[];

beforeAll(async () => {
	const { content } = await validateContent(projectRoot);
	attributes = content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
	subCapabilities = content.subCapabilities.map((s) => s.value);
	areas = content.curriculumAreas.map((a) => a.value);
	capabilityIds = content.capabilities.map((c) => c.value.id);
});

function page(url: string) {
	const file = fileFor(url);
	if (!file) throw new Error(`${url} was not built`);
	return parseHtmlFile(file);
}
const idsOn = (url: string) => new Set(page(url).querySelectorAll('[id]').map((el) => attr(el, 'id')));
const expectIds = (url: string, ids: string[]) => {
	const found = idsOn(url);
	expect(ids.filter((id) => !found.has(id)), url).toEqual([]);
};

describe('the URL contract', () => {
	test('builds every page that training materials link to', () => {
		const urls = [
			'/',
			'/pathways/',
			...pathwayIds.map((id) => `/pathways/${id}/`),
			'/capabilities/',
			...capabilityIds.map((id) => `/capabilities/${id}/`),
			...subCapabilities.map((s) => `/capabilities/${s.capability}/${s.id}/`),
			'/compare/',
			'/curriculum-areas/',
			...areas.map((a) => `/curriculum-areas/${a.id}/`),
			'/resources/',
			'/resources/expanding-capacity-in-practice/',
			'/404.html',
		];
		expect(urls.filter((url) => !fileFor(url))).toEqual([]);
	});
});

describe('pathway page', () => {
	test.each(pathwayIds)('%s has every capability, sub-capability and its attributes as anchors', (pathway) => {
		expectIds(`/pathways/${pathway}/`, [
			...capabilityIds,
			...subCapabilities.map((s) => s.id),
			...attributes.filter((a) => a.pathway === pathway).map((a) => a.id),
		]);
	});

	test('shows each attribute under its own sub-capability with its areas by name', () => {
		const doc = page('/pathways/pathway-2/');
		for (const attribute of attributes.filter((a) => a.pathway === 'pathway-2')) {
			const item = doc.querySelector(`#${attribute.subCapability} #${attribute.id}`);
			expect(item?.textContent, attribute.id).toContain(attribute.text);
			for (const area of attribute.areas) expect(item?.textContent).toContain(areas.find((a) => a.id === area)!.title.replace('&', '&amp;'));
		}
	});

	// Each pathway's own sentence (pathway.mdx areasAssigned), never another's, and no longer the
	// pathway-2 list of areas without a symbol: that is on the areas' own pages and "About this content".
	test.each(pathwayIds)('%s says once, in its own content\'s words, how its areas were assigned, and links to About this content', (id) => {
		const notes = page(`/pathways/${id}/`).querySelectorAll('.lcf-provenance');
		expect(notes).toHaveLength(1);
		const own = pathways.find((p) => p.id === id)!.areasAssigned!;
		expect(textOf(notes[0])).toBe(`${own} About this content explains the sources and the editors' decisions.`);
		expect(notes[0]!.querySelector('a')?.getAttribute('href')?.value).toBe('/about/');
	});

	test('/compare/ gives each pathway\'s sentence once', () => {
		const text = textOf(page('/compare/').querySelector('.lcf-provenance'));
		for (const pathway of pathways) expect(text.split(pathway.areasAssigned!)).toHaveLength(2);
	});

	// "Next to each is the curriculum area it links to." said the editors' areas were the source's, and one each (the fidelity review).
	test.each(pathwayIds)('%s says whose the areas beside each attribute are, in the plural where one has several', (id) => {
		const count = [...page(`/pathways/${id}/`).querySelectorAll('main p')].map(textOf).find((t) => /^\d+ effective attributes? in \d+ capabilit/.test(t));
		const own = attributes.filter((a) => a.pathway === id);
		expect(count).toContain(`${own.length} effective attribute`);
		if (own.some((a) => a.areasFrom !== 'source')) expect(count).toContain("the site's editors");
		if (own.some((a) => a.areas.length > 1)) expect(count).toMatch(/\bareas\b/);
	});

	test.each([
		['pathway-2', 'curiosity-of-partners', 'social care services promoting up to date'],
		['pathway-3', 'curiosity-of-partners', 'social care services, promoting up to date'],
		['pathway-2', 'clarity-of-empowerment', 'active change agents, working with families'],
		['pathway-3', 'clarity-of-empowerment', 'active change agents. Working with families'],
	])('%s words %s as its own source does', (pathway, subCapability, words) => {
		expect(page(`/pathways/${pathway}/`).querySelector(`#${subCapability} .lcf-subcapability__description`)?.textContent).toContain(words);
	});

	test('gives Pathway 3 its source\'s title, and keeps who it is for as its audience', () => {
		const doc = page('/pathways/pathway-3/');
		expect(doc.querySelector('h1')?.textContent).toBe('Pathway 3: Heads of Service');
		expect(doc.querySelector('title')?.textContent).toMatch(/^Pathway 3: Heads of Service – /);
		expect(doc.querySelector('main')!.textContent).toContain('Heads of Service and service managers.');
	});

	test.each([
		['pathway-2', '/compare/?pathway=pathway-2&pathway=pathway-3'],
		['pathway-3', '/compare/?pathway=pathway-3&pathway=pathway-2'],
	])('%s offers to compare it with the next level, or from the top level with the one below', (pathway, href) => {
		const links = page(`/pathways/${pathway}/`).querySelectorAll('main a[data-carry-filter]').map((a) => attr(a, 'href'));
		expect(links).toContain(href);
	});

	test('never shows a symbol without its area name', () => {
		for (const tag of page('/pathways/pathway-2/').querySelectorAll('.lcf-tag')) expect(tag.textContent.trim()).not.toBe('');
		const symbols = attributes.filter((a) => a.pathway === 'pathway-2' && a.sourceSymbol).length;
		expect(symbols).toBeGreaterThan(0);
		expect(page('/pathways/pathway-2/').querySelectorAll('.lcf-tag__symbol').length).toBe(symbols);
	});

	test('works without JavaScript: the filter form is hidden and area pages are offered instead', () => {
		const doc = page('/pathways/pathway-2/');
		expect(doc.querySelector('[data-filter-form]')?.hasAttribute('hidden')).toBe(true);
		const links = doc.querySelectorAll('[data-filter-fallback] a').map((a) => attr(a, 'href'));
		// Each open at Pathway 2's part where it has one (tests/build/pathway-reading.test.ts checks where they land).
		expect(links.map((href) => href!.split(/[?#]/)[0])).toEqual(areas.map((a) => `/curriculum-areas/${a.id}/`));
	});
});

describe('capability and sub-capability pages', () => {
	test.each(['maintaining-curiosity', 'expanding-capacity'])('%s shows every pathway\'s attributes side by side', (capability) => {
		const subs = subCapabilities.filter((s) => s.capability === capability).map((s) => s.id);
		expectIds(`/capabilities/${capability}/`, [capability, ...subs, ...attributes.filter((a) => subs.includes(a.subCapability)).map((a) => a.id)]);
	});

	test('a sub-capability page has one column per pathway, and previous and next links', () => {
		const doc = page('/capabilities/managing-complexity/complexity-of-decision-making/');
		expect(doc.querySelectorAll('[data-pathway]').map((el) => attr(el, 'data-pathway'))).toEqual(pathwayIds);
		expect(doc.querySelector('a[rel="prev"]') && attr(doc.querySelector('a[rel="prev"]')!, 'href')).toBe('/capabilities/managing-complexity/complexity-of-operations/');
		expect(attr(doc.querySelector('a[rel="next"]')!, 'href')).toBe('/capabilities/managing-complexity/complexity-of-case-discussion-and-supervision/');
	});

	test('a sub-capability page gives each pathway\'s own wording, side by side, where they differ', () => {
		const doc = page('/capabilities/providing-clarity/clarity-of-empowerment/');
		expect(doc.querySelector('[data-wording="pathway-2"]')?.textContent).toContain('active change agents, working with families');
		expect(doc.querySelector('[data-wording="pathway-3"]')?.textContent).toContain('active change agents. Working with families');
		expect(page('/capabilities/providing-clarity/clarity-of-vision-expectations-and-goals/').querySelector('[data-wording]')).toBeNull();
	});

	test('lists related resources where there are some', () => {
		const doc = page('/capabilities/expanding-capacity/capacity-for-innovation/');
		expect(doc.querySelectorAll('#related-resources + ul a').map((a) => attr(a, 'href'))).toContain('/resources/expanding-capacity-in-practice/');
	});
});

describe('compare page', () => {
	test('has every sub-capability as a row and every attribute as an anchor', () =>
		expectIds('/compare/', [...subCapabilities.map((s) => s.id), ...attributes.map((a) => a.id)]));

	test('has a column for each pathway', () =>
		expect(page('/compare/').querySelectorAll('thead th[data-pathway]').map((th) => attr(th, 'data-pathway'))).toEqual(pathwayIds));

	test('gives each row its sub-capability\'s code', () => {
		const doc = page('/compare/');
		const codes = subCapabilities.map((s) => doc.querySelector(`tr[id="${s.id}"] th .lcf-cite__code`)?.textContent);
		expect(codes).toEqual(subCapabilities.map((s) => s.code));
	});
});

describe('codes beside every item', () => {
	test('a pathway page gives each capability its code', () => {
		const doc = page('/pathways/pathway-2/');
		const codes = doc.querySelectorAll('.lcf-capability').map((section) => section.querySelector('.lcf-capability__code .lcf-cite__code')?.textContent);
		expect(codes).toEqual(['CU', 'CL', 'CO', 'CA']);
	});
});

describe('curriculum area pages', () => {
	test('say which pathway has no attributes in the area', () => {
		expect(textOf(page('/curriculum-areas/making-decisions/').querySelector('main'))).toContain(
			'Pathway 2: Middle Leaders has no attributes in this area: its source marks each attribute with a symbol, not an area, and the editors read none of its symbols as this area.',
		);
	});

	test('say which symbol the editors read as the area, and why', () => {
		const area = areas.find((a) => a.id === 'working-with-partners')!;
		const text = textOf(page('/curriculum-areas/working-with-partners/').querySelector('[data-symbol-reasoning]'));
		expect(text).toContain('the editors read it as this area.');
		// Its symbols drawn as pictures, named for screen readers, never as emoji characters.
		expect(text).toContain(area.symbolReasoning!.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').replace(/\s+/g, ' '));
		expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
	});

	// The key is the one place that says which symbol is which area: a screen reader must hear the symbol
	// itself (its emoji as its name, which screen readers read as "hammer and wrench"), not silence.
	test.each(['/curriculum-areas/', '/curriculum-areas/high-quality-supervision/'])('%s names each source symbol it shows for screen readers', (url) => {
		const symbols = page(url).querySelectorAll('main .lcf-area-symbol svg, main [data-symbol-reasoning] svg');
		expect(symbols.length).toBeGreaterThan(0);
		for (const svg of symbols) {
			expect(attr(svg, 'role')).toBe('img');
			expect(attr(svg, 'aria-label')).toMatch(/^\p{Extended_Pictographic}\uFE0F?$/u);
		}
	});

	test.each(['making-decisions', 'influencing-and-inspiring', 'leading-change'])('%s lists exactly the attributes tagged with it', (area) => {
		const shown = page(`/curriculum-areas/${area}/`).querySelectorAll('.lcf-attribute').map((el) => attr(el, 'id')).sort();
		expect(shown).toEqual(attributes.filter((a) => a.areas.includes(area)).map((a) => a.id).sort());
	});

	// "…not the framework's words.The Pathway 2 source prints…" (#4 of the review): a space lost before an expression.
	test.each(['/curriculum-areas/', ...curriculumAreas.map((a) => `/curriculum-areas/${a.id}/`)])('%s runs no two sentences together', (url) => {
		const paragraphs = page(url).querySelectorAll('main p').map((p) => textOf(p));
		expect(paragraphs.filter((text) => /[a-z)]\.[A-Z]/.test(text))).toEqual([]);
	});

	test('/curriculum-areas/ counts its areas from the content', () => {
		expect(textOf(page('/curriculum-areas/').querySelector('.lcf-lead'))).toContain(`one or more of the ${areas.length} curriculum areas`);
	});

	test('the matrix counts every tag once', () => {
		const cells = page('/curriculum-areas/').querySelectorAll('.lcf-matrix__cell').map((td) => Number(td.textContent));
		expect(cells.reduce((a, b) => a + b, 0)).toBe(attributes.reduce((sum, a) => sum + a.areas.length, 0));
	});
});

describe('what the site says of who made what, and when', () => {
	test('the footer labels the content version as this site\'s, and says whom the site cites as the framework\'s authors and why', () => {
		const footer = textOf(page('/').querySelector('footer'));
		expect(footer).toContain("This site's content version 1.0, 23 November 2026 (not an edition of the framework).");
		expect(footer).toContain("The framework's own documents do not say who made it. This site cites it as by Frontline, in collaboration with the Department for Education, from the Pathway 2 module page, which says of its resources “The resources have been developed by Frontline in collaboration with DfE.”");
		expect(footer).not.toMatch(/edition 1\.0|published by Frontline/i);
	});

	test('the SSSC report is credited as commissioned and written, not published, by them', () => {
		const rows = page('/resources/sssc-middle-managers-leadership-learning-framework/').querySelectorAll('.lcf-summary-list__row');
		const keys = Object.fromEntries(rows.map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]));
		expect(keys['Commissioned by']).toBe('Scottish Social Services Council');
		expect(keys['Written at']).toBe('University of Stirling');
		expect(keys['Published by']).toBe('Not given in the source');
	});

	// No source of a resource gives a web address (tests/content/integrity.test.ts): each page says so, and links none.
	test.each(['expanding-capacity-in-practice', 'firstline-evaluation', 'sssc-middle-managers-leadership-learning-framework'])('/resources/%s/ names its original and says the source gives no address', (id) => {
		const row = page(`/resources/${id}/`).querySelectorAll('.lcf-summary-list__row').find((r) => r.querySelector('dt')?.textContent === 'Original')!;
		expect(textOf(row.querySelector('dd'))).toMatch(/^“.+”.*\. The source does not give its web address\.$/);
		expect(row.querySelector('a')).toBeNull();
	});

	test('the Expanding capacity strategies say where they appear', () => {
		const row = page('/resources/expanding-capacity-in-practice/').querySelectorAll('.lcf-summary-list__row').find((r) => r.querySelector('dt')?.textContent === 'Original')!;
		expect(textOf(row.querySelector('dd'))).toContain('“How middle managers can expand capacity in practice”, section 5 of 6 of “Pathway 2: Expanding capacity”.');
	});

	// A strategy fits a plan for any of its resource's pathways, not only the first (plans.ts, planFor).
	test.each(resources.filter((r) => r.value.strategyGroups?.length))('/resources/$id/ gives each strategy’s button every pathway of the resource', ({ id, value }) => {
		const buttons = page(`/resources/${id}/`).querySelectorAll('lcf-add-to-plan[data-kind="strategy"]');
		expect(buttons.length).toBe(value.strategyGroups!.flatMap((group) => group.strategies).length);
		const inOrder = pathways.map((p) => p.id).filter((p) => value.pathways.includes(p));
		for (const button of buttons) expect(attr(button, 'data-plan-pathways')).toBe(inOrder.join(' '));
	});

	test('the Firstline report has no date and is not called "earlier"', () => {
		const text = page('/resources/firstline-evaluation/').querySelector('main')!.textContent;
		expect(text).not.toMatch(/January 2017|earlier/);
		expect(text).toContain('Mary Jackson');
	});
});

describe('home page', () => {
	test('has the 4C diagram with a text alternative', () => {
		const doc = page('/');
		expect(attr(doc.querySelector('.lcf-diagram__svg')!, 'aria-labelledby')).toBe('four-c-title');
		// The sources say nothing of one capability leading to another: the diagram names them, no more.
		expect(doc.querySelector('#four-c-title')?.textContent?.trim()).toBe("The 4C framework's four capabilities: Maintaining Curiosity, Providing Clarity, Managing Complexity and Expanding Capacity.");
		expect(doc.querySelectorAll('.lcf-diagram__list li')).toHaveLength(4);
	});
});

describe('every page, for a pasted link to preview properly', () => {
	const site = 'https://4c-leadership-framework.example';
	test.each(['/', '/pathways/pathway-2/', '/capabilities/managing-complexity/complexity-of-decision-making/', '/links/', '/search/'])(
		'%s has a title, description, canonical address and Open Graph tags',
		(url) => {
			const doc = page(url);
			const meta = (selector: string) => attr(doc.querySelector(selector)!, 'content');
			expect(doc.querySelector('title')?.textContent).toMatch(/4C Leadership Capability Framework$/);
			expect(meta('meta[name="description"]')?.length).toBeGreaterThan(20);
			expect(attr(doc.querySelector('link[rel="canonical"]')!, 'href')).toBe(`${site}${url}`);
			expect(meta('meta[property="og:url"]')).toBe(`${site}${url}`);
			expect(meta('meta[property="og:title"]')).toBe(doc.querySelector('title')?.textContent);
			expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
			expect(meta('meta[property="og:image"]')).toBe(`${site}/og-image.png`);
		},
	);

	// The site cites the framework as by the organisations framework.yaml names (/cite/ says that is its
	// judgement): its statements' pages say so; the site's own pages and a resource's are not theirs.
	const publisher = 'Frontline, in collaboration with the Department for Education';
	test.each([
		['/pathways/pathway-2/', publisher],
		['/compare/', publisher],
		['/capabilities/managing-complexity/', publisher],
		['/capabilities/managing-complexity/complexity-of-decision-making/', publisher],
		['/', undefined],
		['/about/', undefined],
		['/accessibility/', undefined],
		['/use/', undefined],
		['/search/', undefined],
		['/resources/sssc-middle-managers-leadership-learning-framework/', undefined],
	])('%s names as its author %s', (url, author) => {
		const meta = page(url).querySelector('meta[name="author"]');
		expect(meta ? attr(meta, 'content') : undefined).toBe(author);
	});

	test('the preview picture is a 1200 × 630 PNG', () => {
		const png = readFileSync(path.join(distDir, 'og-image.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('the 404 page is not indexed and claims no address of its own', () => {
		const doc = parseHtmlFile(path.join(distDir, '404.html'));
		expect(attr(doc.querySelector('meta[name="robots"]')!, 'content')).toBe('noindex');
		expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
	});

	test('the sitemap lists every page but the 404 page and the published versions\' own pages, and robots.txt points to it', () => {
		const sitemap = readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		// A version's pages repeat the current ones as they were: not to be indexed (the list of versions is).
		const indexed = builtPages().filter((p) => p.url !== '/404.html' && !/^\/versions\/[^/]+\//.test(p.url));
		expect(listed).toEqual(indexed.map((p) => p.url).sort());
		expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
	});
});
