/**
 * Links are a promise: every published link still works (or redirects), every citable item is
 * published, codes stay with their items, and links.json points at real anchors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPublishedLinks, registryFile, type LinkItem, type PublishedLink } from '../../scripts/build-steps/published-links.ts';
import { attributes } from '../helpers/content.ts';
import { distDir } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const registry = (JSON.parse(readFileSync(path.join(projectRoot, registryFile), 'utf8')) as { links: PublishedLink[] }).links;
const items = JSON.parse(readFileSync(path.join(distDir, 'links.json'), 'utf8')) as (LinkItem & { kind: string })[];
const local = (url: string) => new URL(url).pathname + new URL(url).hash;

describe('the registry of published links', () => {
	test('every published link still works in the built site', () => expect(checkPublishedLinks(registry, distDir, items)).toEqual([]));

	test('records every citable item (run `npm run links:publish` after publishing new ones)', () => {
		const published = new Set(registry.map((link) => link.url));
		expect(items.map((item) => local(item.url)).filter((url) => !published.has(url))).toEqual([]);
	});

	test('records each citable item with the code it has now, as well as any it had before it moved', () => {
		const published = new Set(registry.map((link) => `${link.url} ${link.code}`));
		expect(items.map((item) => `${local(item.url)} ${item.code}`).filter((key) => !published.has(key))).toEqual([]);
	});

	test('fails a published attribute removed without a redirect', () => {
		const removed = { url: '/pathways/pathway-2/#p2-removed-statement', code: 'P2-CU1.9', id: 'p2-removed-statement' };
		expect(checkPublishedLinks([removed], distDir, items)).toEqual([
			'/pathways/pathway-2/#p2-removed-statement: /pathways/pathway-2/ has no element with id "p2-removed-statement". Declare the old id in formerIds.',
		]);
	});

	test('says a renamed resource keeps its file name, since resources have no former ids', () =>
		expect(checkPublishedLinks([{ url: '/resources/an-old-name/' }], distDir, items).join('\n')).toContain('Keep the resource file under its old name.'));

	test('fails a published page removed without a redirect', () =>
		expect(checkPublishedLinks([{ url: '/capabilities/providing-clarity/clarity-of-old/' }], distDir, items)).toHaveLength(1));

	test('fails a code that has moved to another item', () => {
		const reused = { url: '/pathways/pathway-2/#p2-role-models-curiosity', code: 'P2-CU1.2', id: 'p2-role-models-curiosity' };
		expect(checkPublishedLinks([reused], distDir, items).join('\n')).toContain('its code P2-CU1.2 now belongs to p2-identify-values-decision-making');
	});
});

describe('links.json', () => {
	test('lists every item once, each code unique', () => {
		expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
		expect(items.filter((i) => i.kind === 'attribute')).toHaveLength(attributes.length);
	});

	test('every address resolves to an element with that id', () => {
		const broken = items.filter((item) => {
			const { pathname, hash } = new URL(item.url);
			const html = readFileSync(path.join(distDir, pathname, 'index.html'), 'utf8');
			return !html.includes(`id="${hash ? hash.slice(1) : item.id}"`);
		});
		expect(broken.map((i) => i.url)).toEqual([]);
	});
});

describe('the link index', () => {
	const indexHtml = readFileSync(path.join(distDir, 'links/index.html'), 'utf8');
	// Capabilities and sub-capabilities on /links/, each pathway's attributes on /links/<pathway>/.
	const pageOf = (item: LinkItem & { kind: string }) => (item.kind === 'attribute' ? `links/${new URL(item.url).pathname.split('/')[2]}/index.html` : 'links/index.html');

	test('shows every code with its permanent link, on /links/ or its pathway\'s page of links', () => {
		for (const item of items) expect(readFileSync(path.join(distDir, pageOf(item)), 'utf8'), item.code).toContain(`href="${local(item.url)}" data-copy-link="${item.code}"`);
	});

	test('lists no attribute on /links/ itself, so that it stays small however many pathways there are', () => {
		expect(items.filter((item) => item.kind === 'attribute' && indexHtml.includes(`data-copy-link="${item.code}"`)).map((i) => i.code)).toEqual([]);
	});

	// /links/ once listed every attribute under headings like "Pathway 2: Maintaining Curiosity": a
	// link to one (/links/#links-pathway-2-maintaining-curiosity) lands on an entry leading on to it.
	test('keeps an entry under each heading id it had, linking to that group on its pathway\'s page', () => {
		const groups = [...new Set(items.filter((i) => i.kind === 'attribute').map((i) => `${new URL(i.url).pathname.split('/')[2]}|${i.code.split('-')[1]!.slice(0, 2)}`))];
		expect(groups.length).toBeGreaterThan(0);
		const entries = [...indexHtml.matchAll(/<li id="(links-[^"]+)"><a href="(\/links\/[^/]+\/)#([^"]+)"/g)];
		expect(entries.length).toBeGreaterThanOrEqual(groups.length);
		for (const [, id, page, fragment] of entries) {
			expect(fragment).toBe(id);
			expect(readFileSync(path.join(distDir, page!, 'index.html'), 'utf8'), `${page}#${fragment}`).toContain(`<h2 id="${id}">`);
		}
		expect(indexHtml).toContain('id="links-pathway-2-maintaining-curiosity"');
		expect(indexHtml).toContain('id="links-capabilities-and-sub-capabilities"');
	});
});
