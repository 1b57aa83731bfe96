/**
 * The built references: the reference managers' files read back by citation-js, the Highwire tags
 * on the pathway pages, and a reference for every item of the content on its pathway's list.
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
// citation-js's own parsers read the files back: the plugins register them.
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, test } from 'vitest';
import { citeUrls } from '../../src/lib/cite/urls.ts';
import { exchangeUrls } from '../../src/lib/exchange/urls.ts';
import { contentTree } from '../helpers/content-tree.ts';
import { attr, fileFor, parseHtmlFile } from '../helpers/dist.ts';

const site = 'https://4c-leadership-framework.example';
let tree: Awaited<ReturnType<typeof contentTree>>;
type Csl = { title: string; author: { literal?: string; family?: string }[]; URL: string; issued?: { literal?: string } };

beforeAll(async () => {
	tree = await contentTree();
});

describe('the reference managers\' files', () => {
	test.for(['bibtex', 'ris', 'csl'] as const)('%s for the framework and each pathway read back with their titles, authors and links, and no date', (format) => {
		const subjects = [
			{ subject: 'framework', title: tree.framework.title, url: `${site}/` },
			...tree.pathways.map((p) => ({ subject: p.id, title: `${tree.framework.title}, Pathway ${p.number}: ${p.title}`, url: `${site}/pathways/${p.id}/` })),
		];
		for (const { subject, title, url } of subjects) {
			const items = (new Cite(readFileSync(fileFor(exchangeUrls.citation(subject, format))!, 'utf8')) as unknown as { data: Csl[] }).data;
			// BibTeX's "year = {n.d.}" reads back as that literal: still no date.
			expect(items.map((i) => ({ title: i.title, url: i.URL, issued: i.issued ?? { literal: 'n.d.' }, authors: i.author.map((a) => a.literal ?? a.family) }))).toEqual([
				{ title, url, issued: { literal: 'n.d.' }, authors: ['Frontline', 'Department for Education'] },
			]);
		}
	});
});

describe('the pathway pages\' citation_* tags', () => {
	test('give title, both organisations, and the page and PDF addresses, once each, and no date or publisher', () => {
		for (const pathway of tree.pathways) {
			const document = parseHtmlFile(fileFor(`/pathways/${pathway.id}/`)!);
			const tags = document.querySelectorAll('meta').map((m) => `${attr(m, 'name')}=${attr(m, 'content')}`).filter((tag) => tag.startsWith('citation_'));
			expect(tags).toEqual([
				`citation_title=${tree.framework.title}, Pathway ${pathway.number}: ${pathway.title}`,
				'citation_author=Frontline',
				'citation_author=Department for Education',
				`citation_public_url=${site}/pathways/${pathway.id}/`,
				`citation_pdf_url=${site}/downloads/${pathway.id}.pdf`,
			]);
		}
	});
});

describe('the citation pages', () => {
	test('give every attribute of the content once, at its id, showing its code and words and citing its words and permanent link', () => {
		for (const pathway of tree.pathways) {
			const document = parseHtmlFile(fileFor(citeUrls.pathway(pathway.id))!);
			// The citation processor sets apostrophes typographically (' becomes ’): the same words.
			const cited = document.querySelectorAll('.lcf-cite-item').map((item) => ({ id: attr(item, 'id'), text: item.textContent.replaceAll('’', "'") }));
			const mine = tree.attributes.filter((a) => a.pathway === pathway.id);
			expect(cited.map((c) => c.id)).toEqual(mine.map((a) => a.id));
			for (const [i, a] of mine.entries()) {
				expect(document.querySelector(`[id="${a.id}"] .lcf-cite-item__statement`)!.textContent.replaceAll("&#39;", "'").replace(/\s+/g, ' ').trim()).toBe(`${a.code} ${a.text}`.replace(/\s+/g, ' '));
				// Harvard: the statement as a part's title, without its full stop, in single quotes (the closing one read as ' above).
				expect(cited[i]!.text).toContain(`‘${a.text.replace(/\.$/, '').replaceAll('’', "'")}', in`);
				expect(cited[i]!.text).not.toContain(`‘${a.code}`);
				expect(cited[i]!.text).toContain(`${site}/pathways/${pathway.id}/#${a.id}`);
			}
		}
	});

	test('head each capability and sub-capability with its title, and no attribute with its code alone', () => {
		for (const pathway of tree.pathways) {
			const document = parseHtmlFile(fileFor(citeUrls.pathway(pathway.id))!);
			expect(document.querySelectorAll('section > h2').map((h) => h.textContent.trim())).toEqual(tree.capabilities.map((c) => c.title));
			expect(document.querySelectorAll('h3').length).toBe(tree.subCapabilities.length);
			expect(document.querySelectorAll('h4')).toEqual([]);
		}
	});

	test('each pathway page leads to the references of the pathway and of each of its attributes', () => {
		for (const pathway of tree.pathways) {
			const links = parseHtmlFile(fileFor(`/pathways/${pathway.id}/`)!).querySelectorAll(`a[href="${citeUrls.pathway(pathway.id)}"]`);
			expect(links.map((link) => link.textContent)).toEqual(['Cite this pathway or one of its attributes']);
		}
	});

	test('capability and sub-capability pages say "Cite this" with the content version', () => {
		for (const sub of tree.subCapabilities) {
			const html = readFileSync(fileFor(`/capabilities/${sub.capability}/${sub.id}/`)!, 'utf8');
			expect(html).toMatch(/<summary[^>]*>Cite this sub-capability<\/summary>/);
			expect(html).toContain(`Content version ${tree.framework.version}`);
		}
	});
});
