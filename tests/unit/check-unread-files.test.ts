/**
 * One mistake in a file is one problem: a file that cannot be read or fails its schema leaves its
 * entries out of the content, and the rules comparing with what was published must not then call
 * each of them removed ("put it back"), nor the version rule count them as removed.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { validateContent } from '../../src/check/validate.ts';
import { contentFolder, projectRoot } from '../helpers/fixtures.ts';
import { checkAfter } from '../helpers/published-content.ts';

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
