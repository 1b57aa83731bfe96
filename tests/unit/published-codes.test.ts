/**
 * Every code an attribute is published with, before and after a move, is recorded by
 * `npm run links:publish` (`withNewLinks`), so that `npm run check` catches a later change that
 * would lose one: a code in slides keeps finding its attribute, and no other takes it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkPublishedLinks, withNewLinks, type PublishedLink } from '../../scripts/build-steps/published-links.ts';
import { validateContent } from '../../src/check/validate.ts';
import { publishedFolder } from '../helpers/published-content.ts';

afterEach(() => vi.unstubAllEnvs());

const link = { url: '/pathways/pathway-1/#p1-decides-well', code: 'P1-CU1.2', id: 'p1-decides-well' };
/** p1-decides-well as links.json gives it once moved from curiosity-of-self to clarity-of-empowerment. */
const moved = { url: 'https://x.example/pathways/pathway-1/#p1-decides-well', code: 'P1-CL1.2', id: 'p1-decides-well', formerIds: [], formerCodes: ['P1-CU1.2'] };

describe('withNewLinks', () => {
	test('records a moved attribute\'s new code beside the code it was published with', () =>
		expect(withNewLinks([link], [], [moved])).toEqual([link, { ...link, code: 'P1-CL1.2' }]));

	test('records each code of an address once, however often it is published', () => {
		const once = withNewLinks([link], [], [moved]);
		expect(withNewLinks(once, ['/pathways/pathway-1/'], [moved])).toEqual([{ url: '/pathways/pathway-1/' }, ...once]);
	});
});

const file = 'pathways/pathway-1/attributes.yaml';
const entry = (code: string, formerCodes: string) => `  - id: p1-decides-well\n    code: ${code}\n${formerCodes}    text: Decides well.\n    areas: [making-decisions, leadership-essentials]\n    areasFrom: editorial\n`;
const underSelf = (code: string, formerCodes = '') => (text: string) => text.replace(/( {2}- id: p1-decides-well\n(?: {4}.*\n)+)/, '').replace(/(curiosity-of-self:\n(?: {2,}.*\n)+)/, `$1${entry(code, formerCodes)}`);
const underClarity = (code: string, formerCodes = '') => (text: string) => text.replace(/( {2}- id: p1-decides-well\n(?: {4}.*\n)+)/, '').replace(/(clarity-of-empowerment:\n(?: {2,}.*\n)+)/, `$1${entry(code, formerCodes)}`);

/** The fixture published, then p1-decides-well moved to clarity-of-empowerment (P1-CL1.2) and published again; then `change`. */
async function checkAfterPublishedMove(change: (text: string) => string) {
	const dir = await publishedFolder();
	const registryFile = path.join(dir, 'published-links.json');
	const yaml = path.join(dir, file);
	const edit = (to: (text: string) => string) => writeFileSync(yaml, to(readFileSync(yaml, 'utf8')));
	edit(underClarity('P1-CL1.2', '    formerCodes: [P1-CU1.2]\n'));
	const { links } = JSON.parse(readFileSync(registryFile, 'utf8')) as { links: PublishedLink[] };
	writeFileSync(registryFile, JSON.stringify({ links: withNewLinks(links, [], [moved]) }, null, '\t'));
	expect((await validateContent()).problems).toEqual([]);
	edit(change);
	// Named as the editor sees them, within the content folder.
	const shown = path.relative(process.cwd(), dir);
	return (await validateContent()).problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`.replaceAll(shown, 'content'));
}

describe('npm run check, once a moved attribute is published again', () => {
	test('moved on, keeping only its first code: names the code it would lose, and the list to keep, at its formerCodes', async () => {
		expect(await checkAfterPublishedMove(underSelf('P1-CU1.3', '    formerCodes: [P1-CU1.2]\n'))).toEqual([
			expect.stringMatching(/^content\/pathways\/pathway-1\/attributes\.yaml:11 curiosity-of-self › #2 \(p1-decides-well\) › formerCodes: P1-CU1\.3 was P1-CL1\.2 when published \(content\/published-links\.json:\d+\): if the attribute moved here from another sub-capability, keep its published codes too, formerCodes: \[P1-CU1\.2, P1-CL1\.2\], so that citations of them still find it; if it did not move, put back P1-CL1\.2$/),
		]);
	});

	test('its new code taken by a new attribute once it moved on: a code is never reused', async () => {
		const newOne = '  - id: p1-new-one\n    code: P1-CL1.2\n    text: New one.\n    areas: [making-decisions]\n    areasFrom: editorial\n';
		const found = await checkAfterPublishedMove((text) => underSelf('P1-CU1.3', '    formerCodes: [P1-CU1.2]\n')(text).replace(/(clarity-of-empowerment:\n(?: {2,}.*\n)+)/, `$1${newOne}`));
		expect(found).toContainEqual(expect.stringMatching(/ clarity-of-empowerment › #2 \(p1-new-one\) › code: P1-CL1\.2 was published for p1-decides-well \(content\/published-links\.json:\d+\), and a code is never reused: give p1-new-one a new code, e\.g\. code: P1-CL1\.3$/));
	});
});

describe('npm run check, once a moved attribute is published again, without its former codes', () => {
	test('moved on with none: one problem, listing every code it was published with', async () => {
		const found = await checkAfterPublishedMove(underSelf('P1-CU1.3'));
		expect(found).toEqual([expect.stringContaining('P1-CU1.3 was P1-CL1.2 when published')]);
		expect(found[0]).toContain('keep its published codes too, formerCodes: [P1-CU1.2, P1-CL1.2], so that citations of them still find it');
	});

	test('removed: its link is one problem, not one for each code', async () => {
		const found = await checkAfterPublishedMove((text) => text.replace(/( {2}- id: p1-decides-well\n(?: {4}.*\n)+)/, ''));
		expect(found.filter((line) => line.includes('no attribute of /pathways/pathway-1/ has the id "p1-decides-well"'))).toHaveLength(1);
	});

	test('its code left out: names the code it was last published with', async () => {
		const found = await checkAfterPublishedMove((text) => text.replace('    code: P1-CL1.2\n', ''));
		expect(found).toContainEqual(expect.stringContaining('code: is missing: it was published as P1-CL1.2 (content/published-links.json:'));
	});
});

describe('the build\'s published-links gate', () => {
	test('says once that a moved attribute published with two codes is gone', () => {
		const dir = mkdtempSync(path.join(process.env['LCF_TEST_TMP'] ?? tmpdir(), 'lcf-gate-'));
		mkdirSync(path.join(dir, 'pathways/pathway-1'), { recursive: true });
		writeFileSync(path.join(dir, 'pathways/pathway-1/index.html'), '<li id="p1-empowers">');
		expect(checkPublishedLinks(withNewLinks([link], [], [moved]), dir, [])).toEqual([
			'/pathways/pathway-1/#p1-decides-well: /pathways/pathway-1/ has no element with id "p1-decides-well". Declare the old id in formerIds.',
		]);
	});
});
