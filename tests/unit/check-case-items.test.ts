/**
 * A published CASE item (`/ims/case/v1p1/CFItems/<identifier>`) names only a hash: when its item is
 * deleted with its line in the registry, the check names the item, and so does the build.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkPublishedLinks } from '../../scripts/build-steps/published-links.ts';
import { publishedCaseItems } from '../../src/check/case-items.ts';
import { validateContent } from '../../src/check/validate.ts';
import { attributeName } from '../../src/lib/case/framework.ts';
import { caseId } from '../../src/lib/case/model.ts';
import { publishedFolder } from '../helpers/published-content.ts';

afterEach(() => vi.unstubAllEnvs());

const itemUrl = (id: string) => `/ims/case/v1p1/CFItems/${caseId(attributeName({ id, formerIds: [] }))}`;
const decidesWell = '  - id: p1-decides-well\n    code: P1-CU1.2\n    text: Decides well.\n    areas: [making-decisions, leadership-essentials]\n    areasFrom: editorial\n';

/** The fixture published with p1-decides-well's CASE item, then that attribute and its registry line deleted. */
async function deleted(keepItsLine = false) {
	const dir = await publishedFolder();
	const registry = path.join(dir, 'published-links.json');
	const { links } = JSON.parse(readFileSync(registry, 'utf8')) as { links: { url: string; id?: string }[] };
	const kept = links.filter((link) => keepItsLine || link.id !== 'p1-decides-well');
	writeFileSync(registry, JSON.stringify({ links: [...kept, { url: itemUrl('p1-decides-well') }] }, null, '\t'));
	// The published version, which keeps the attribute as it was.
	const attribute = { id: 'p1-decides-well', code: 'P1-CU1.2', pathway: 'pathway-1', capability: 'maintaining-curiosity', subCapability: 'curiosity-of-self', order: 2, text: 'Decides well.', areas: ['making-decisions'], areasFrom: 'editorial', formerIds: [] };
	const document = { pathways: [{ id: 'pathway-1', number: 1, title: 'Pathway 1', audience: 'Leaders' }], capabilities: [], subCapabilities: [], attributes: [attribute], curriculumAreas: [] };
	mkdirSync(path.join(dir, 'versions'));
	writeFileSync(path.join(dir, 'versions/0.1.json'), JSON.stringify({ version: '0.1', date: '2026-01-01', note: 'The first.', document }));
	const attributes = path.join(dir, 'pathways/pathway-1/attributes.yaml');
	const text = readFileSync(attributes, 'utf8');
	expect(text).toContain(decidesWell);
	writeFileSync(attributes, text.replace(decidesWell, ''));
	return validateContent();
}

describe('a published CASE item whose attribute is gone', () => {
	test('is named by the check, by id and code, at its sub-capability, with the fix', async () => {
		const { problems } = await deleted();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: expect.stringMatching(/pathways\/pathway-1\/attributes\.yaml$/), field: 'curiosity-of-self' });
		expect(problems[0]!.line).toBe(1); // curiosity-of-self:, the fixture's first line
		expect(problems[0]!.message).toContain('attribute p1-decides-well (P1-CU1.2) was published under this sub-capability, and in CASE as /ims/case/v1p1/CFItems/');
		expect(problems[0]!.message).toContain('put it back');
	});

	test('is said once, where its own link in the registry already says it', async () => {
		const { problems } = await deleted(true);
		expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('no attribute of /pathways/pathway-1/ has the id "p1-decides-well"')]);
	});

	test('is named by the build too, from the registry and the published versions', () => {
		const registry = [{ url: itemUrl('p2-gone') }, { url: itemUrl('p2-gone').replace('CFItems', 'CFItemAssociations') }];
		const document = { pathways: [{ id: 'pathway-2' }], capabilities: [], subCapabilities: [], attributes: [{ id: 'p2-gone', code: 'P2-CU2.1', pathway: 'pathway-2', subCapability: 'curiosity-of-self', text: 'Gone.', formerIds: [] }] };
		const site = mkdtempSync(path.join(tmpdir(), 'lcf-case-'));
		expect(checkPublishedLinks(registry, site, [], publishedCaseItems([document], registry))).toEqual([
			`${itemUrl('p2-gone')}: the CASE item of attribute p2-gone (P2-CU2.1) (content/pathways/pathway-2/attributes.yaml, under curiosity-of-self) is gone. Put the attribute back, or, if you renamed it, keep its old id first in its formerIds, e.g. formerIds: [p2-gone]. \`npm run check\` names it too.`,
		]);
	});
});
