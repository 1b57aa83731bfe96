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
import { areasFromLabel } from '../../src/lib/labels.ts';
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

	test('a version\'s page lists its pathways "as they were" only when a newer version has replaced it', () => {
		for (const snapshot of snapshots) {
			const headings = parseHtmlFile(path.join(distDir, `versions/${snapshot.version}/index.html`)).querySelectorAll('h2').map((h) => text(h.textContent));
			expect(headings).toContain(snapshot.version === framework.version ? 'Its pathways' : 'Its pathways, as they were');
		}
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

// Each archived pathway page keeps the pathway as its version's record had it: its own wording of
// each sub-capability, the capabilities' descriptions, and whose its areas are (the fidelity review).
type Loose = { pathwayDescriptions?: Record<string, string> };
describe.each(snapshots.flatMap((s) => s.document.pathways.map((p) => [`/versions/${s.version}/pathways/${p.id}/`, s, p.id] as const)))('%s', (url, snapshot, pathway) => {
	const doc = () => parseHtmlFile(path.join(distDir, url, 'index.html'));
	const subs = snapshot.document.subCapabilities.filter((s) => snapshot.document.attributes.some((a) => a.pathway === pathway && a.subCapability === s.id));

	test('words each sub-capability as its pathway\'s source does', () => {
		const shown = subs.map((s) => text(doc().querySelector(`section#${s.id} > p`)?.textContent));
		expect(shown).toEqual(subs.map((s) => (s as Loose).pathwayDescriptions?.[pathway] ?? s.description));
	});

	test('gives each capability\'s description', () => {
		for (const c of snapshot.document.capabilities) expect(text(doc().querySelector(`section#${c.id}`)?.textContent)).toContain(c.description);
	});

	// A links list (a screen reader's) shows each link by its name alone: 50 "On the current page" were one.
	test('names each link to the current statement distinctly, its visible words kept', () => {
		const links = doc().querySelectorAll('.lcf-archive__now a');
		const names = links.map((a) => text(a.textContent));
		const carriedOn = doc().querySelectorAll('.lcf-archive__attribute').filter((li) => !text(li.textContent).includes('No longer in the framework.'));
		expect(links.length).toBe(carriedOn.length);
		expect(links.length).toBeGreaterThan(1);
		expect(new Set(names).size).toBe(names.length);
		if (snapshot.version === framework.version) {
			const shown = links.map((a) => text(a.textContent.replace(a.querySelector('.lcf-visually-hidden')?.textContent ?? '', '')));
			expect(new Set(shown)).toEqual(new Set(['On the current page']));
		}
	});

	test('says whether it is the current version', () => {
		const banner = text(doc().querySelector('.lcf-version-banner__title')?.textContent);
		expect(banner).toContain(snapshot.version === framework.version ? 'It is the current version, so its statements are the same as on the current page.' : 'A newer version has replaced it: see the current page');
	});

	test('says once how that version came by its areas', () => {
		const notes = doc().querySelectorAll('.lcf-provenance');
		expect(notes).toHaveLength(1);
		for (const from of new Set(snapshot.document.attributes.filter((a) => a.pathway === pathway).map((a) => a.areasFrom)))
			expect(text(notes[0]?.textContent)).toContain(areasFromLabel[from as keyof typeof areasFromLabel]);
	});
});

// The source's own sentences, pinned on purpose: Pathway 3's wording differs from Pathway 2's here.
test.each([
	['curiosity-of-partners', 'improvement of social care services, promoting up to date knowledge and practice'],
	['clarity-of-empowerment', 'active change agents. Working with families with high intensity'],
])('/versions/1.0/pathways/pathway-3/ words %s as Pathway 3\'s source does', (id, words) => {
	expect(text(parseHtmlFile(path.join(distDir, 'versions/1.0/pathways/pathway-3/index.html')).querySelector(`section#${id} > p`)?.textContent)).toContain(words);
});
