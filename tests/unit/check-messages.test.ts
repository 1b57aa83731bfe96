/** The check's messages for mistakes an editor makes: one mistake, one problem, naming the real fix. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkAfter } from '../helpers/published-content.ts';

afterEach(() => vi.unstubAllEnvs());

const found = async (file: string, change: (text: string) => string) => (await checkAfter(file, change)).problems.map((p) => `${p.file.replace(/.*?(pathways|resources)\//, '$1/')}:${p.line ?? ''} ${p.field ?? ''}: ${p.message}`);

describe('empty frontmatter', () => {
	test('names line 1 and the fields it needs', async () => {
		expect(await found('pathways/pathway-1/pathway.mdx', (text) => text.replace(/^---\n[\s\S]*?\n---/, '---\n---'))).toEqual([
			'pathways/pathway-1/pathway.mdx:1 : has no fields between its two "---" lines: write them there, each on its own line, e.g. number:, title:, audience: (a file of the same kind shows how)',
		]);
	});
});

describe('an attribute pasted into another pathway', () => {
	const decidesWell = '  - id: p1-decides-well\n    code: P1-CU1.2\n    text: Decides well.\n    areas: [making-decisions, leadership-essentials]\n    areasFrom: editorial\n';
	const pasteInto4 = (entry: string) => async () => {
		const { publishedFolder } = await import('../helpers/published-content.ts');
		const { readFileSync, writeFileSync } = await import('node:fs');
		const path = await import('node:path');
		const dir = await publishedFolder();
		const one = path.join(dir, 'pathways/pathway-1/attributes.yaml');
		writeFileSync(one, readFileSync(one, 'utf8').replace(decidesWell, ''));
		const four = path.join(dir, 'pathways/pathway-4/attributes.yaml');
		writeFileSync(four, readFileSync(four, 'utf8').replace('curiosity-of-self:\n', `curiosity-of-self:\n${entry}`));
		const { validateContent } = await import('../../src/check/validate.ts');
		return (await validateContent()).problems.map((p) => `${p.field}: ${p.message}`);
	};

	test('as it is: one problem, saying it belongs to pathway 1 and to move it back', async () => {
		expect(await pasteInto4(decidesWell)()).toEqual([
			'curiosity-of-self › #1 (p1-decides-well) › id: p1-decides-well is an attribute of pathway 1 (its id, its code P1-CU1.2 and its published link say so), pasted into pathway 4: an attribute cannot move between pathways, as its link is its pathway\'s page. Move it back to pathways/pathway-1/attributes.yaml, under curiosity-of-self; for a new attribute of pathway 4, write it with its own id and code, e.g. id: p4-decides-well, code: P4-CU1.2',
		]);
	});

	test('with a code of its new pathway: still one problem, the same way out, not "put back" its old code', async () => {
		const found = await pasteInto4(decidesWell.replace('P1-CU1.2', 'P4-CU1.2'))();
		expect(found).toEqual([expect.stringContaining('p1-decides-well is an attribute of pathway 1 (its id and its published link say so), pasted into pathway 4')]);
	});

	test('a new attribute whose id names another pathway is refused, with the id it should have', async () => {
		const found = await pasteInto4('  - id: p3-knows-more\n    code: P4-CU1.2\n    text: Knows more.\n    areas: [leadership-essentials]\n    areasFrom: editorial\n')();
		// (p1-decides-well is taken out of pathway 1 here too, and reported as such.)
		expect(found).toContain(...['curiosity-of-self › #1 (p3-knows-more) › id: starts "p3-", which names pathway 3, but this is pathway 4\'s file: an attribute\'s id starts with its own pathway\'s number, e.g. id: p4-knows-more']);
		expect(found).toHaveLength(2);
	});
});

describe('a pathway folder and its number', () => {
	test('disagreeing: one problem, the number, and no code problem at each attribute', async () => {
		expect(await found('pathways/pathway-4/pathway.mdx', (text) => text.replace('number: 4', 'number: 5'))).toEqual([
			'pathways/pathway-4/pathway.mdx:2 number: is 5, but the folder is "pathway-4": name the folder pathway-5, or correct the number (its attributes\' codes and ids are checked once the two agree)',
		]);
	});

	test('a folder copied to start a new pathway, ids and all: one problem for its file', async () => {
		const { publishedFolder } = await import('../helpers/published-content.ts');
		const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
		const path = await import('node:path');
		const dir = await publishedFolder();
		cpSync(path.join(dir, 'pathways/pathway-4'), path.join(dir, 'pathways/pathway-2'), { recursive: true });
		const mdx = path.join(dir, 'pathways/pathway-2/pathway.mdx');
		writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('number: 4', 'number: 2'));
		const { validateContent } = await import('../../src/check/validate.ts');
		const { problems } = await validateContent();
		expect(problems.map((p) => `${p.file.replace(/.*pathways\//, '')}:${p.line} ${p.message}`)).toEqual([
			expect.stringMatching(/^pathway-2\/attributes\.yaml:1 has \d+ of its \d+ attributes with the ids of .*pathways\/pathway-4\/attributes\.yaml: it looks like a copy of pathway-4\. .*own id \(p2-…\) and code \(P2-…\)/),
		]);
	});
});

describe('codes', () => {
	const decidesWell = '    code: P1-CU1.2\n';
	test('a missing code that was published: names the code to put back', async () => {
		const { problems } = await checkAfter('pathways/pathway-1/attributes.yaml', (text) => text.replace(decidesWell, ''));
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^curiosity-of-self › #2 \(p1-decides-well\) › code: is missing: it was published as P1-CU1\.2 \(.*published-links\.json:\d+\), so add "code: P1-CU1\.2" to this entry$/)]);
	});

	test('a new code that skips numbers: a warning naming the next free code', async () => {
		const added = '  - id: p1-new-thing\n    code: P1-CU1.7\n    text: Does a new thing.\n    areas: [leadership-essentials]\n    areasFrom: editorial\n';
		const { problems, warnings } = await checkAfter('pathways/pathway-1/attributes.yaml', (text) => text.replace('clarity-of-empowerment:\n', `${added}clarity-of-empowerment:\n`));
		expect(problems).toEqual([]);
		expect(warnings.map((w) => `${w.field}: ${w.message}`)).toContain(
			'curiosity-of-self › #3 (p1-new-thing) › code: P1-CU1.7 skips P1-CU1.3 to P1-CU1.6: a new attribute takes the next free code of its sub-capability, code: P1-CU1.3 (a code is never reused, so a gap left now stays)',
		);
	});
});
