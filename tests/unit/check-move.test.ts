/**
 * Moving an attribute to another sub-capability, and renaming ids, as the README says: every
 * published link and citation still finds its item, and the advice at each step leads there.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkPublishedLinks } from '../../scripts/build-steps/published-links.ts';
import { validateContent } from '../../src/check/validate.ts';
import { contentFolder, validContent } from '../helpers/fixtures.ts';
import { checkAfter } from '../helpers/published-content.ts';

afterEach(() => vi.unstubAllEnvs());

const file = 'pathways/pathway-1/attributes.yaml';
const decidesWell = '  - id: p1-decides-well\n    code: P1-CU1.2\n    text: Decides well.\n    areas: [making-decisions, leadership-essentials]\n    areasFrom: editorial\n';
/** p1-decides-well (P1-CU1.2, under curiosity-of-self) moved to the end of clarity-of-empowerment, with `lines` for its id and code. */
const moved = (lines: string) => (text: string) => {
	expect(text).toContain(decidesWell);
	const entry = decidesWell.replace('  - id: p1-decides-well\n    code: P1-CU1.2\n', lines);
	return text.replace(decidesWell, '').replace(/(clarity-of-empowerment:\n(?: {2,}.*\n)+)/, `$1${entry}`);
};
const messages = async (change: (text: string) => string, where = file) => (await checkAfter(where, change)).problems.map((p) => `${p.field ?? ''}: ${p.message}`);

describe('moving an attribute to another sub-capability', () => {
	test('as it is: says both ways out, with the next free code', async () => {
		const found = await messages(moved('  - id: p1-decides-well\n    code: P1-CU1.2\n'));
		expect(found).toEqual([expect.stringContaining('P1-CU1.2 says it belongs under curiosity-of-self, and it was published so')]);
		expect(found[0]).toContain('If it was pasted here by mistake, move it back under curiosity-of-self');
		expect(found[0]).toContain('code: P1-CL1.2 and formerCodes: [P1-CU1.2] (keep its id)');
	});

	test('with a new code only: asks to keep the published one in formerCodes', async () => {
		const found = await messages(moved('  - id: p1-decides-well\n    code: P1-CL1.2\n'));
		expect(found).toEqual([expect.stringContaining('P1-CL1.2 was P1-CU1.2 when published')]);
		expect(found[0]).toContain('keep its published code too, formerCodes: [P1-CU1.2]');
	});

	test('with the new code and the old one in formerCodes: passes', async () => {
		expect(await messages(moved('  - id: p1-decides-well\n    code: P1-CL1.2\n    formerCodes: [P1-CU1.2]\n'))).toEqual([]);
	});

	test('a former code that is another attribute\'s is one problem, at that code, with the codes to keep', async () => {
		const found = await messages(moved('  - id: p1-decides-well\n    code: P1-CL1.2\n    formerCodes: [P1-CU1.2, P1-CU1.1]\n'));
		expect(found).toEqual([expect.stringMatching(/ › formerCodes › #2: P1-CU1\.1 was published for p1-knows-self \(.*published-links\.json:\d+\), and a code leads to one item only: list only the codes p1-decides-well was published with before, formerCodes: \[P1-CU1\.2\]$/)]);
	});

	test('a new code for an attribute that did not move: put back the published one', async () => {
		const found = await messages((text) => text.replace('    code: P1-CU1.2\n', '    code: P1-CU1.3\n'));
		expect(found).toEqual([expect.stringContaining('P1-CU1.3 was P1-CU1.2 when published (')]);
		expect(found[0]).toContain('and codes never change: put back P1-CU1.2');
	});

	test('a wrong code is told the next free one there, never a used one', async () => {
		const found = await messages((text) => text.replace('    code: P1-CU1.2\n', '    code: P1-CL1.1\n'));
		expect(found.join('\n')).toContain('e.g. P1-CU1.3');
	});
});

describe('renaming ids', () => {
	test('a renamed attribute is told to keep its old id, never to take a new code', async () => {
		const found = await messages((text) => text.replace('- id: p1-decides-well', '- id: p1-decides-wisely'));
		expect(found.join('\n')).not.toContain('give p1-decides-wisely a new code');
		expect(found).toContainEqual(expect.stringContaining('if you renamed p1-decides-well to p1-decides-wisely, keep its old id, formerIds: [p1-decides-well], and this code'));
	});

	test('a renamed sub-capability likewise', async () => {
		const found = await messages((text) => text.replace('- id: clarity-of-empowerment', '- id: clarity-of-empowering'), 'sub-capabilities.yaml');
		expect(found.join('\n')).not.toContain('give clarity-of-empowering a new code');
	});

	test('a duplicate id is one problem, with no advice to change a code', async () => {
		const found = await messages((text) => text.replace('- id: p1-decides-well', '- id: p1-knows-self'));
		expect(found.join('\n')).not.toMatch(/when published|put back/);
		expect(found).toContainEqual(expect.stringContaining('p1-knows-self is already used at'));
	});

	test('a renamed curriculum area is told areas cannot be renamed, not to use formerIds', async () => {
		const found = await messages((text) => text.replace('- id: making-decisions', '- id: deciding'), 'curriculum-areas.yaml');
		expect(found).toContainEqual(expect.stringContaining("/curriculum-areas/making-decisions/ is published, but the content no longer has that page: a curriculum area's id is its address, and areas cannot be renamed: put back id: making-decisions"));
		expect(found.join('\n')).not.toContain('formerIds');
	});
});

describe('the build\'s published-links gate', () => {
	const site = () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'lcf-gate-'));
		mkdirSync(path.join(dir, 'pathways/pathway-1'), { recursive: true });
		writeFileSync(path.join(dir, 'pathways/pathway-1/index.html'), '<li id="p1-decides-well">');
		return dir;
	};
	const item = { id: 'p1-decides-well', code: 'P1-CL1.2', url: 'https://x.example/pathways/pathway-1/#p1-decides-well', formerIds: [] };

	test('lets a moved attribute keep its published code as a former code, and its old CASE association go', () => {
		const registry = [
			{ url: '/pathways/pathway-1/#p1-decides-well', code: 'P1-CU1.2', id: 'p1-decides-well' },
			{ url: '/ims/case/v1p1/CFAssociations/0ca742d6-9e64-584d-af74-fe048e82a932' },
		];
		expect(checkPublishedLinks(registry, site(), [{ ...item, formerCodes: ['P1-CU1.2'] }])).toEqual([]);
	});

	test('still refuses a changed code without it, and any other CASE file gone', () => {
		const registry = [
			{ url: '/pathways/pathway-1/#p1-decides-well', code: 'P1-CU1.2', id: 'p1-decides-well' },
			{ url: '/ims/case/v1p1/CFItems/0ca742d6-9e64-584d-af74-fe048e82a932' },
		];
		expect(checkPublishedLinks(registry, site(), [item])).toEqual([
			'/pathways/pathway-1/#p1-decides-well: p1-decides-well was published as P1-CU1.2 but is now P1-CL1.2. Codes never change (one that moved keeps it in formerCodes).',
			'/ims/case/v1p1/CFItems/0ca742d6-9e64-584d-af74-fe048e82a932: the page is gone and nothing redirects from it. Declare the old id in formerIds.',
		]);
	});
});

describe('renaming a curriculum area', () => {
	test('says once per attribute that the old id is unknown, without also blaming its symbol', async () => {
		const found = await messages((text) => text.replace('- id: leadership-essentials', '- id: essentials-of-leadership'), 'curriculum-areas.yaml');
		expect(found).toContainEqual(expect.stringContaining('"leadership-essentials" is not a known curriculum area'));
		expect(found.join('\n')).not.toContain('the area of its symbol');
	});
});

describe('a moved attribute\'s former codes, against the registry', () => {
	const movedWith = (formerCodes: string) => moved(`  - id: p1-decides-well\n    code: P1-CL1.2\n    formerCodes: [${formerCodes}]\n`);
	/** Each problem with its line, and the line of the `formerCodes` written in the changed file. */
	const found = async (change: (text: string) => string) => {
		const { problems } = await checkAfter(file, change);
		const lines = change(readFileSync(path.join(validContent, file), 'utf8')).split('\n');
		return { problems: problems.map((p) => `${p.line} ${p.field}: ${p.message}`), formerCodesLine: lines.findIndex((line) => line.includes('formerCodes')) + 1 };
	};

	test('one it was never published with is refused at its line, naming the code it was published with', async () => {
		const { problems, formerCodesLine } = await found(movedWith('P1-CU1.2, P1-CU1.7'));
		expect(problems).toEqual([expect.stringMatching(new RegExp(`^${formerCodesLine} .* › formerCodes › #2: P1-CU1\\.7 was never published for p1-decides-well, which was published as P1-CU1\\.2 \\(.*published-links\\.json:\\d+\\): list only the codes it was published with before, formerCodes: \\[P1-CU1\\.2\\]$`))]);
	});

	test('a mistyped one is one problem, at its line, whose advice gives the published code and not the typo', async () => {
		const { problems, formerCodesLine } = await found(movedWith('P1-CU1.3'));
		expect(problems).toEqual([expect.stringMatching(new RegExp(`^${formerCodesLine} .* › formerCodes › #1: P1-CU1\\.3 was never published for p1-decides-well`))]);
		expect(problems[0]).toContain('formerCodes: [P1-CU1.2]');
		expect(problems[0]!.split('P1-CU1.3')).toHaveLength(2);
	});

	test('cannot be checked, so passes, for content not yet published', async () => {
		const dir = contentFolder();
		vi.stubEnv('LCF_CONTENT_DIR', dir);
		const absolute = path.join(dir, file);
		writeFileSync(absolute, movedWith('P1-CU1.7')(readFileSync(absolute, 'utf8')));
		expect((await validateContent()).problems).toEqual([]);
		writeFileSync(path.join(dir, 'published-links.json'), '{"links": []}');
		expect((await validateContent()).problems).toEqual([]);
	});

	test('without a registry, one that is another attribute\'s code is still refused', async () => {
		const dir = contentFolder();
		vi.stubEnv('LCF_CONTENT_DIR', dir);
		const absolute = path.join(dir, file);
		writeFileSync(absolute, movedWith('P1-CU1.1')(readFileSync(absolute, 'utf8')));
		expect((await validateContent()).problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['clarity-of-empowerment › #2 (p1-decides-well) › formerCodes › #1: P1-CU1.1 is the code of p1-knows-self: a code leads to one item only, and is never reused']);
	});

	test('cannot be checked, so passes, for an attribute the registry does not know', async () => {
		const added = '  - id: p1-new-one\n    code: P1-CL1.2\n    formerCodes: [P1-CU1.7]\n    text: New one.\n    areas: [making-decisions]\n    areasFrom: editorial\n';
		expect((await checkAfter(file, (text) => `${text}${added}`)).problems).toEqual([]);
	});

	test('a code it vacated, taken by a new attribute, is one problem, at the new attribute\'s code', async () => {
		const added = '  - id: p1-new-one\n    code: P1-CU1.2\n    text: New one.\n    areas: [making-decisions]\n    areasFrom: editorial\n';
		const { problems } = await found((text) => movedWith('P1-CU1.2')(text).replace('clarity-of-empowerment:\n', `${added}clarity-of-empowerment:\n`));
		expect(problems).toEqual([expect.stringMatching(/^10 curiosity-of-self › #2 \(p1-new-one\) › code: P1-CU1\.2 was published for p1-decides-well \(.*published-links\.json:\d+\), and a code is never reused: give p1-new-one a new code, e.g\. code: P1-CU1\.3$/)]);
	});
});
