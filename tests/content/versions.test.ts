/**
 * Versions of the content, end to end on fixture content: `npm run check` on the version number,
 * and a build of two versions (tests/fixtures/versions/two-versions/: a snapshot, version 0.1, and
 * content changed from it: one statement reworded, one added, one removed with a successor, one
 * re-tagged, one id renamed, Pathway 4's own wording of a sub-capability reworded, and an area's
 * description) whose changelog lists exactly those changes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { recordVersion } from '../../scripts/build-steps/version-snapshot.ts';
import { parseHtmlFile } from '../helpers/dist.ts';
import { contentFolder, projectRoot, runScript } from '../helpers/fixtures.ts';

const twoVersions = path.join(projectRoot, 'tests/fixtures/versions/two-versions');
const withTwoVersions = () => {
	const dir = contentFolder();
	cpSync(twoVersions, dir, { recursive: true });
	return dir;
};
/** The valid fixture with version 0.1 recorded as published, as it is. */
const published = () => {
	const dir = withTwoVersions();
	cpSync(path.join(contentFolder(), 'pathways'), path.join(dir, 'pathways'), { recursive: true });
	cpSync(path.join(contentFolder(), 'framework.yaml'), path.join(dir, 'framework.yaml'));
	cpSync(path.join(contentFolder(), 'sub-capabilities.yaml'), path.join(dir, 'sub-capabilities.yaml'));
	cpSync(path.join(contentFolder(), 'curriculum-areas.yaml'), path.join(dir, 'curriculum-areas.yaml'));
	// The snapshot had one more Pathway 4 statement, which this content removed without a successor.
	const file = path.join(dir, 'pathways/pathway-4/attributes.yaml');
	writeFileSync(file, readFileSync(path.join(twoVersions, 'pathways/pathway-4/attributes.yaml'), 'utf8').replace('making-decisions, leadership-essentials', 'making-decisions'));
	return dir;
};

describe('npm run check on the version', () => {
	test('passes, without a warning, content whose version was raised with a new date and note', () => {
		const { status, output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: withTwoVersions() });
		expect(output).toBe('Content is valid: no problems found.\n');
		expect(status).toBe(0);
	});

	test('warns, but passes, when the content changed and the version was not raised', () => {
		const dir = published();
		const file = path.join(dir, 'pathways/pathway-1/attributes.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('text: Decides well.', 'text: Decides well and in good time.'));
		const { status, output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(output).toContain(
			`${path.basename(dir)}/framework.yaml:8  version: is "0.1", the same as version 0.1, already published, but the content has changed since (1 reworded, 1 removed). Raise it, e.g. version: "0.2", with the day of publishing as date and a new versionNote, before publishing`,
		);
		expect(output).toContain('Content is valid');
		expect(status).toBe(0);
	});

	test.each([
		['a pathway\'s own wording of a sub-capability', 'sub-capabilities.yaml', "pathway-4: Empower others. Pathway 4's words.", "pathway-4: Empower others, in Pathway 4's words.", '1 sub-capability description as pathway-4 words it (CL1)'],
		['a curriculum area\'s title', 'curriculum-areas.yaml', 'title: Making Decisions', 'title: Making Good Decisions', '1 curriculum area title (making-decisions)'],
	])('warns, too, when only %s changed', (_, name, from, to, counted) => {
		const dir = published();
		const file = path.join(dir, name);
		writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
		const { output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(output).toContain(`but the content has changed since (1 removed, ${counted}).`);
	});

	test('warns when a raised version keeps the last version\'s note', () => {
		const dir = withTwoVersions();
		const file = path.join(dir, 'framework.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/versionNote: .*/, 'versionNote: The first version, for tests.'));
		const { output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(output).toContain('framework.yaml:10  versionNote: is the note of version 0.1: say what changed in version 0.2');
	});
});

describe('a build with two versions', () => {
	const dist = path.join(mkdtempSync(path.join(tmpdir(), 'lcf-versions-')), 'dist');
	const content = withTwoVersions();
	const page = (url: string) => parseHtmlFile(path.join(dist, url, 'index.html'));
	// textContent runs a statement and the block below it together, and leaves character references as written.
	const text = (s: string | undefined) => (s ?? '').replaceAll('&#39;', "'").replace(/\s+/g, ' ').trim();

	beforeAll(() => {
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
		expect(status, output).toBe(0);
	}, 180_000);

	test('lists on /versions/ exactly the changes made, grouped by pathway and capability', () => {
		const section = page('/versions/').querySelector('#version-0-2')!;
		// Every element, in document order (a selector list would give all h3s first).
		const headings = section.querySelectorAll('*').filter((e) => ['h3', 'h4'].includes(e.tagName)).map((h) => text(h.textContent));
		expect(headings).toEqual(['Pathway 1: Practice Supervisors', 'Maintaining Curiosity', 'Providing Clarity', 'Pathway 4: Practice Leaders', 'Maintaining Curiosity', 'Providing Clarity', 'Capabilities and sub-capabilities', 'Curriculum areas']);
		const changes = section.querySelectorAll('.lcf-change').map((li) => text(li.textContent));
		expect(changes).toEqual([
			'Changed P1-CU1.2: Decides well [inserted: and in good time].Reworded: deleted words are struck through, inserted words underlined.',
			'Added P1-CU1.3: Listens before deciding.',
			'Changed P1-CL1.1: Empowers others.Its id changed from p1-empowers to p1-empowers-others; old links still lead to it.',
			'Removed P4-CU1.2: Sees the whole.Replaced by P4-CU1.1: Knows the whole system. Links to it now lead there.',
			"Changed P4-CL1.1: Empowers the system.Curriculum areas: Making Decisions (the site's editorial assignment), now Making Decisions, Leadership Essentials (the site's editorial assignment).",
		]);
		expect(text(page('/versions/').querySelector('#version-0-1')?.textContent)).toContain('Published 1 January 2026. The first version, for tests.');
	});

	test('lists on /versions/ a pathway\'s own wording of a sub-capability reworded, naming the pathway', () => {
		const list = page('/versions/').querySelectorAll('#version-0-2 .lcf-changes').at(-2)!;
		expect(list.querySelectorAll('li').map((li) => text(li.textContent))).toEqual(["CL1, its description as Pathway 4 words it: Empower others[deleted: .][inserted: , in] Pathway 4's words."]);
		// As each reworded attribute says, so that a sighted reader knows what the marks mean.
		expect(text(list.previousSibling?.textContent)).toBe('Deleted words are struck through, inserted words underlined.');
	});

	test('lists on /versions/ an area\'s reworded description, by the area\'s name', () => {
		const list = page('/versions/').querySelectorAll('#version-0-2 .lcf-changes').at(-1)!;
		expect(list.querySelectorAll('li').map((li) => text(li.textContent))).toEqual(['Making Decisions, its description: Deciding well[inserted: , in good time].']);
		expect(text(list.previousSibling?.textContent)).toBe('Deleted words are struck through, inserted words underlined.');
	});

	test('marks inserted and deleted words with <ins> and <del>, not colour alone', () => {
		const ins = page('/versions/').querySelector('#version-0-2 ins')!;
		expect(text(ins.textContent)).toBe('[inserted: and in good time]');
		expect(ins.querySelector('.lcf-visually-hidden')?.textContent).toBe('[inserted: ');
	});

	test('shows "Changed in version 0.2" on the current page, with the earlier words one disclosure away', () => {
		const item = page('/pathways/pathway-1/').querySelector('#p1-decides-well')!;
		expect(text(item.querySelector('details summary')?.textContent)).toBe('Changed in version 0.2');
		expect(text(item.querySelector('details li')?.textContent)).toBe('Version 0.2: Before, it read: Decides well. (version 0.1)');
		expect(page('/pathways/pathway-1/').querySelector('#p1-knows-self details')).toBeNull();
		// The same words under other areas: said, not quoted again; a new id alone is not shown at all.
		expect(text(page('/pathways/pathway-4/').querySelector('#p4-empowers-system details li')?.textContent)).toBe('Version 0.2: Its curriculum areas changed. (version 0.1)');
		expect(page('/pathways/pathway-1/').querySelector('#p1-empowers-others details')).toBeNull();
	});

	test('lands an old link to the removed statement on its successor, which says what it said', () => {
		const landing = page('/pathways/pathway-4/').querySelector('#p4-sees-whole')!;
		const successor = landing.parent!;
		expect(successor.id).toBe('p4-knows-system');
		expect(text(successor.querySelector('details li')?.textContent)).toBe('Version 0.2: It replaces P4-CU1.2, which read: Sees the whole. (version 0.1)');
	});

	test('keeps version 0.1\'s pathway page, marked, not indexed, each statement linked to its current successor', () => {
		const old = page('/versions/0.1/pathways/pathway-4/');
		expect(text(old.querySelector('.lcf-version-banner__title')?.textContent)).toBe('This is version 0.1 of the content, published 1 January 2026. A newer version has replaced it: see the current page.');
		expect(old.querySelector('meta[name="robots"]')?.getAttribute('content')?.value).toBe('noindex');
		expect(old.querySelector('[data-pagefind-body]')).toBeNull();
		expect(old.querySelector('#p4-sees-whole a')?.getAttribute('href')?.value).toBe('/pathways/pathway-4/#p4-knows-system');
		expect(text(old.querySelector('#p4-sees-whole')?.textContent)).toContain('P4-CU1.2 Sees the whole.');
		// Two statements of 0.1 lead to P4-CU1.1: a links list tells them apart by the one it was.
		expect(old.querySelectorAll('.lcf-archive__now a').map((a) => text(a.textContent))).toEqual([
			'In the current version: P4-CU1.1',
			'In the current version, P4-CU1.1: Knows the whole system. (from P4-CU1.2)',
			'In the current version: P4-CL1.1',
		]);
		expect(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).not.toContain('/versions/0.1/');
	});

	test('publishing records the new version, and refuses to record changed content under it again', () => {
		const env = process.env.LCF_CONTENT_DIR;
		process.env.LCF_CONTENT_DIR = content;
		try {
			expect(recordVersion(dist, projectRoot)).toMatch(/^Recorded version 0.2 of the content in .*versions\/0.2.json\.$/);
			const snapshot = JSON.parse(readFileSync(path.join(content, 'versions/0.2.json'), 'utf8'));
			expect([snapshot.version, snapshot.date, snapshot.note]).toEqual(['0.2', '2026-02-01', "One statement reworded, one added, one removed, one re-tagged, one id renamed, and Pathway 4's wording of a sub-capability reworded."]);
			expect(recordVersion(dist, projectRoot)).toMatch(/^Version 0.2 is already recorded/);
			const changed = path.join(tmpdir(), `lcf-versions-changed-${process.pid}`);
			mkdirSync(changed, { recursive: true });
			const document = JSON.parse(readFileSync(path.join(dist, 'framework.json'), 'utf8'));
			document.attributes[0].text = 'Other words.';
			writeFileSync(path.join(changed, 'framework.json'), JSON.stringify(document));
			expect(() => recordVersion(changed, projectRoot)).toThrow('Version 0.2 is already published (');
		} finally {
			if (env === undefined) delete process.env.LCF_CONTENT_DIR;
			else process.env.LCF_CONTENT_DIR = env;
		}
	});
});
