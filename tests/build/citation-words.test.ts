/**
 * What the built site says of who made the framework, and what its references give: only what the
 * sources say, the site's own judgement said as its own, and the content version as the site's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citeUrls } from '../../src/lib/cite/urls.ts';
import { exchangeUrls } from '../../src/lib/exchange/urls.ts';
import { contentTree } from '../helpers/content-tree.ts';
import { attr, builtPages, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';

const text = (url: string) => textOf(parseHtmlFile(fileFor(url)!).querySelector('main')).replace(/\s+/g, ' ');
const everyPage = () => builtPages().map((page) => ({ url: page.url, text: readFileSync(page.file, 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }));

describe('who made the framework', () => {
	test('no page says the framework is Frontline\'s, or takes a publisher from the module page', () => {
		const claims = everyPage().filter(({ text }) => /framework is Frontline|framework itself is Frontline|framework's publisher from|framework was developed by/i.test(text));
		expect(claims.map((c) => c.url)).toEqual([]);
	});

	test('the module page\'s line is quoted whole, as it is about the module\'s resources', () => {
		const cut = everyPage().filter(({ text }) => /(?<!The resources have been )developed by Frontline in collaboration with DfE/.test(text));
		expect(cut.map((c) => c.url)).toEqual([]);
	});

	test('/cite/ and /about/ say the references\' authors are the site\'s judgement, and that there is no publisher', () => {
		expect(text(citeUrls.framework)).toContain('Authors: our judgement. The framework\'s own documents name no author and no publisher.');
		expect(text('/about/')).toMatch(/The site[’']s references name Frontline and the Department for Education, from that line of the module page: our judgement, explained on Cite the framework\. They give no publisher\./);
	});
});

describe('the content version in the references', () => {
	test('every reference on the cite pages gives the site\'s content version, and /cite/ says it is the site\'s', async () => {
		const { framework, pathways } = await contentTree();
		for (const url of [citeUrls.framework, ...pathways.map((p) => citeUrls.pathway(p.id))]) {
			const references = parseHtmlFile(fileFor(url)!).querySelectorAll('[data-citation-text]').map((r) => r.textContent);
			expect(references.length).toBeGreaterThan(0);
			expect(references.filter((r) => !r.includes(`Content version ${framework.version} of this site`))).toEqual([]);
		}
		expect(text(citeUrls.framework)).toContain(`“Content version ${framework.version} of this site”`);
	});

	test('the BibTeX files are @misc entries, which need no institution, with the version in a note', () => {
		const bibtex = readFileSync(fileFor(exchangeUrls.citation('framework', 'bibtex'))!, 'utf8');
		expect(bibtex).toMatch(/^@misc\{lcf,$/m);
		expect(bibtex).toMatch(/^\tnote = \{Content version [\d.]+ of this site\},$/m);
	});
});

describe('finding an attribute\'s reference', () => {
	test('each pathway\'s cite page opens with contents of its capabilities and sub-capabilities, each leading to its heading', async () => {
		const { capabilities, subCapabilities, pathways } = await contentTree();
		for (const pathway of pathways) {
			const page = parseHtmlFile(fileFor(citeUrls.pathway(pathway.id))!);
			const links = page.querySelectorAll('nav[aria-labelledby="cite-contents-heading"] a');
			expect(links.map((a) => textOf(a))).toEqual(['The pathway', ...capabilities.flatMap((c) => [c.title, ...subCapabilities.filter((s) => s.capability === c.id).map((s) => s.title)])]);
			for (const link of links) expect(page.querySelector(`[id="${attr(link, 'href')!.slice(1)}"]`)?.tagName).toMatch(/^h[23]$/i);
		}
	});

	test('the pathway page\'s cite link is marked for its script to follow the linked item, and leads to the pathway without it', async () => {
		for (const pathway of (await contentTree()).pathways) {
			const link = parseHtmlFile(fileFor(`/pathways/${pathway.id}/`)!).querySelector('a[data-cite-follows]');
			expect(attr(link!, 'href')).toBe(citeUrls.pathway(pathway.id));
		}
	});
});

describe('a resource\'s Harvard reference', () => {
	// Each resource's `attributionItalic`, read from its file: the title Cite Them Right italicises.
	const resources = readdirSync('content/resources').map((file) => ({
		url: `/resources/${file.replace(/\.mdx$/, '')}/`,
		italic: /^attributionItalic: "(.*)"$/m.exec(readFileSync(`content/resources/${file}`, 'utf8'))?.[1],
	}));

	test.each(resources)('sets the title in italics on $url', ({ url, italic }) => {
		expect(italic).toBeDefined();
		const row = parseHtmlFile(fileFor(url)!).querySelectorAll('.lcf-summary-list__row').find((r) => textOf(r.querySelector('dt')) === 'How to cite it (Harvard)');
		expect(row!.querySelectorAll('dd i').map((i) => textOf(i))).toEqual([italic]);
	});
});
