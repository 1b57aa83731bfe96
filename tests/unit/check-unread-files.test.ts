/**
 * One mistake in a file is one problem: a file that cannot be read or fails its schema leaves its
 * entries out of the content, and the rules comparing with what was published must not then call
 * each of them removed ("put it back"), nor the version rule count them as removed.
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkReport } from '../../src/check/report.ts';
import { validateContent } from '../../src/check/validate.ts';
import { contentFolder, projectRoot } from '../helpers/fixtures.ts';
import { checkAfter, publishedFolder } from '../helpers/published-content.ts';

afterEach(() => vi.unstubAllEnvs());

describe('a file with a mistake is not taken as removed', () => {
	test.each([
		['a tab in the YAML', 'pathways/pathway-1/attributes.yaml', (t: string) => t.replace('    text: Decides well.', '\ttext: Decides well.')],
		['a missing text:', 'pathways/pathway-1/attributes.yaml', (t: string) => t.replace('    text: Decides well.\n', '')],
		['a misspelt areasFrom:', 'pathways/pathway-1/attributes.yaml', (t: string) => t.replace('    areasFrom: editorial', '    areaFrom: editorial')],
		['an attribute without a code', 'pathways/pathway-1/attributes.yaml', (t: string) => t.replace('    code: P1-CU1.2\n', '')],
		['an unclosed <abbr> in a pathway', 'pathways/pathway-1/pathway.mdx', (t: string) => `${t}\nSome intro with an <abbr title="x">unclosed tag.\n`],
		['a wrong field in a resource', 'resources/sample.mdx', (t: string) => t.replace('published: 2025-01-30', 'published: someday')],
		['a capability without a title', 'capabilities.yaml', (t: string) => t.replace('  title: Providing Clarity\n', '')],
	])('%s gives its own problems, none in the published links', async (_, file, change) => {
		const { problems } = await checkAfter(file, change);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.filter((p) => p.file.endsWith('published-links.json'))).toEqual([]);
		expect(problems.every((p) => p.file.endsWith(file)), JSON.stringify(problems, null, 1)).toBe(true);
	});

	test('a published attribute truly removed is still reported', async () => {
		const { problems } = await checkAfter('pathways/pathway-1/attributes.yaml', (t) => t.replace(/  - id: p1-decides-well\n(    .*\n)+/, ''));
		expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('/pathways/pathway-1/#p1-decides-well is published, but no attribute of /pathways/pathway-1/ has the id "p1-decides-well" any more'));
	});

	test('the version rule does not count an unread file\'s attributes as removed', async () => {
		// Two versions' fixture with its version back at the published 0.1: the content differs, so it warns.
		const dir = contentFolder();
		cpSync(path.join(projectRoot, 'tests/fixtures/versions/two-versions'), dir, { recursive: true });
		const framework = path.join(dir, 'framework.yaml');
		writeFileSync(framework, readFileSync(framework, 'utf8').replace(/^version: .*$/m, 'version: "0.1"'));
		vi.stubEnv('LCF_CONTENT_DIR', dir);
		expect((await validateContent()).warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('the content has changed since'));
		const attributes = path.join(dir, 'pathways/pathway-1/attributes.yaml');
		writeFileSync(attributes, readFileSync(attributes, 'utf8').replace(/^( +)text:/m, '\ttext:'));
		const { warnings, problems } = await validateContent();
		expect(problems.length).toBeGreaterThan(0);
		expect(warnings.map((w) => w.message).join('\n')).not.toContain('removed');
	});
});

describe('one mistake, one problem, where the editor looks', () => {
	test('a misspelt areasFrom: is one problem naming the key written', async () => {
		const { problems } = await checkAfter('pathways/pathway-1/attributes.yaml', (t) => t.replace('    areasFrom: editorial', '    areaFrom: editorial'));
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['curiosity-of-self › #2 (p1-decides-well) › areaFrom: is not a field: did you mean "areasFrom"? Correct the spelling']);
	});

	test('an unclosed tag is reported at the line of the tag', async () => {
		const { problems } = await checkAfter('pathways/pathway-1/pathway.mdx', (t) => `${t}Some intro with an <abbr title="x">unclosed tag.\n`);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('(8:20-8:36)');
		expect(problems[0]!.line).toBe(8);
	});
});

/**
 * The valid fixture, published with the pages of links and the comparison its pathways make, and with
 * a link from a pathway's introduction to a page or section made from each file the others depend on.
 */
async function linkedAndPublished(): Promise<string> {
	const dir = contentFolder();
	const links = ['/resources/sample/', '/curriculum-areas/making-decisions/', '/capabilities/maintaining-curiosity/', '/capabilities/maintaining-curiosity/curiosity-of-self/', '/pathways/pathway-4/#p4-knows-system', '/pathways/pathway-4/#curiosity-of-self'];
	appendFileSync(path.join(dir, 'pathways/pathway-1/pathway.mdx'), `\nSee ${links.map((url, i) => `[link ${i + 1}](${url})`).join(', ')}.\n`);
	await publishedFolder(dir);
	const registry = path.join(dir, 'published-links.json');
	const { links: published } = JSON.parse(readFileSync(registry, 'utf8')) as { links: { url: string }[] };
	const more = ['/links/pathway-1/', '/links/pathway-4/', '/compare/'].map((url) => ({ url }));
	writeFileSync(registry, JSON.stringify({ links: [...published, ...more] }, null, '\t'));
	vi.stubEnv('LCF_CONTENT_DIR', dir);
	expect((await validateContent()).problems).toEqual([]);
	return dir;
}

describe('a file that other files are checked against', () => {
	const unclosed = (t: string) => t.replace(/(\n *(?:- )?(?:title|text): )/, '$1"');
	const misspelt = (t: string) => t.replace(/(\n *(?:- )?)(title|text): /, '$1$2x: ');
	test.each([
		['curriculum-areas.yaml', 'an unclosed quote', unclosed],
		['curriculum-areas.yaml', 'a bad indent', (t: string) => t.replace('  title: Leadership Essentials', '   title: Leadership Essentials')],
		['curriculum-areas.yaml', 'a misspelt field', misspelt],
		['capabilities.yaml', 'an unclosed quote', unclosed],
		['sub-capabilities.yaml', 'a misspelt field', misspelt],
		['resources/sample.mdx', 'a misspelt field', misspelt],
		['pathways/pathway-4/pathway.mdx', 'an unclosed quote', unclosed],
	])('%s with %s gives its own problem, none at the symbols, links or published pages that need it', async (file, _, change) => {
		const dir = await linkedAndPublished();
		const absolute = path.join(dir, file);
		writeFileSync(absolute, change(readFileSync(absolute, 'utf8')));
		const { problems } = await validateContent();
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.filter((p) => !p.file.endsWith(file)), JSON.stringify(problems, null, 1)).toEqual([]);
	});

	test('the real curriculum areas with a bad indent are one problem, and the report says what was skipped', async () => {
		const dir = path.join(contentFolder(), 'content');
		cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
		const areas = path.join(dir, 'curriculum-areas.yaml');
		const text = readFileSync(areas, 'utf8');
		writeFileSync(areas, text.replace(/^  title: /m, '   title: '));
		vi.stubEnv('LCF_CONTENT_DIR', dir);
		const result = await validateContent();
		expect(result.problems.map((p) => [p.file, p.message])).toEqual([[result.skipped[0], expect.stringMatching(/^is not valid YAML: "title:" is indented further than "order:"/)]]);
		expect(result.skipped).toEqual([expect.stringMatching(/curriculum-areas\.yaml$/)]);
		expect(checkReport(result).stderr).toContain(`\n\nOther files were not checked against ${result.skipped[0]}: they will be once it is fixed.\n`);
	});
});
