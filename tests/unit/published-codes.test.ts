/**
 * Every code an attribute is published with, before and after a move, is recorded by
 * `npm run links:publish` (`withNewLinks`), so that `npm run check` catches a later change that
 * would lose one: a code in slides keeps finding its attribute, and no other takes it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPublishedLinks, withNewLinks } from '../../scripts/build-steps/published-links.ts';

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
