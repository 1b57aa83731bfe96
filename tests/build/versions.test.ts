/**
 * The shipped content is version 1.0, recorded as published, with no changes since: the versions
 * page says so, no current page carries earlier words, and every version page is a published link.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { registryFile, type PublishedLink } from '../../scripts/build-steps/published-links.ts';
import { versionSnapshotSchema } from '../../schemas/index.ts';
import { diffContent, isUnchanged } from '../../src/lib/versions/diff.ts';
import { builtPages, distDir, parseHtmlFile } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const framework = parse(readFileSync(path.join(projectRoot, 'content/framework.yaml'), 'utf8'));
const snapshots = globSync('content/versions/*.json', { cwd: projectRoot }).map((file) => versionSnapshotSchema.parse(JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8'))));
const text = (s: string | undefined) => (s ?? '').replaceAll('&#39;', "'").replace(/\s+/g, ' ').trim();

describe('the shipped versions', () => {
	test('the current version is the last one published, on the date framework.yaml gives', () => {
		const last = snapshots.at(-1)!;
		expect([last.version, last.date]).toEqual([framework.version, new Date(framework.date).toISOString().slice(0, 10)]);
	});

	test('the content built is the content of that version, unchanged', () => {
		const built = JSON.parse(readFileSync(path.join(distDir, 'framework.json'), 'utf8'));
		expect(isUnchanged(diffContent(snapshots.at(-1)!.document, versionSnapshotSchema.shape.document.parse(built)))).toBe(true);
	});

	test('/versions/ lists each version with its date and note, and no changes for the first', () => {
		const sections = parseHtmlFile(path.join(distDir, 'versions/index.html')).querySelectorAll('.lcf-version');
		expect(sections.map((s) => text(s.querySelector('h2')?.textContent))).toEqual([`Version ${framework.version} (current)`]);
		expect(text(sections[0]?.textContent)).toContain(`Published 23 November 2026. ${framework.versionNote}`);
		expect(sections[0]?.querySelectorAll('.lcf-change')).toHaveLength(0);
	});

	test('no current page shows earlier words, as nothing has changed', () => {
		const current = builtPages().filter((page) => !page.url.startsWith('/versions/'));
		expect(current.filter((page) => /class="[^"]*\blcf-attribute-history\b/.test(readFileSync(page.file, 'utf8'))).map((p) => p.url)).toEqual([]);
	});

	test('every page gives the content version as the site\'s own, not a Frontline edition', () => {
		const footer = text(parseHtmlFile(path.join(distDir, 'index.html')).querySelector('.lcf-footer')?.textContent);
		expect(footer).toContain(`This site's content version ${framework.version}, 23 November 2026 (not an edition of the framework). What changed.`);
		expect(parseHtmlFile(path.join(distDir, 'index.html')).querySelector('.lcf-footer a[href="/versions/"]')).not.toBeNull();
	});

	test('every version page is a published link (run `npm run links:publish` after publishing)', () => {
		const registry = new Set((JSON.parse(readFileSync(path.join(projectRoot, registryFile), 'utf8')) as { links: PublishedLink[] }).links.map((l) => l.url));
		const pages = builtPages().filter((page) => page.url.startsWith('/versions/')).map((page) => page.url);
		expect(pages).toContain(`/versions/${framework.version}/pathways/pathway-2/`);
		expect(pages.filter((url) => !registry.has(url))).toEqual([]);
	});
});
