/**
 * The built Moodle and Canvas files, one of each per pathway: parsed with csv-parse, checked
 * against each importer's rules and against the content (every attribute once, with its code,
 * words and parent).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { exchangeUrls } from '../../src/lib/exchange/urls.ts';
import { contentTree } from '../helpers/content-tree.ts';
import { fileFor } from '../helpers/dist.ts';
import { pathwayIntroductionFromFile } from '../helpers/fixtures.ts';
import { asRecords, canvasProblems, moodleProblems, readCsv } from '../helpers/lms-rules.ts';

let tree: Awaited<ReturnType<typeof contentTree>>;
const read = (url: string) => readFileSync(fileFor(url) ?? `missing: ${url}`, 'utf8');

beforeAll(async () => {
	tree = await contentTree();
});

describe('the Moodle competency frameworks', () => {
	test('follow the rules of Moodle\'s importer', () => {
		for (const pathway of tree.pathways) expect([pathway.id, ...moodleProblems(read(exchangeUrls.moodle(pathway.id)))]).toEqual([pathway.id]);
	});

	test('hold every attribute of the pathway once, with its code, words and sub-capability', () => {
		for (const pathway of tree.pathways) {
			const records = asRecords(readCsv(read(exchangeUrls.moodle(pathway.id))));
			const attributes = records.filter((r) => /^P\d+-/.test(r['Id number']!));
			expect(attributes.map((r) => `${r['Parent id number']} ${r['Id number']} ${r['Description']}`)).toEqual(
				tree.attributes.filter((a) => a.pathway === pathway.id).map((a) => `${a.subCapabilityCode} ${a.code} ${a.text}`),
			);
		}
	});

	test('describe each framework in its pathway\'s own introduction, not the site\'s summary, under the same id number', () => {
		for (const pathway of tree.pathways) {
			const [framework] = asRecords(readCsv(read(exchangeUrls.moodle(pathway.id))));
			expect(framework!['Id number']).toBe(`LCF-P${pathway.number}`);
			expect(framework!['Description']).toBe(`${pathwayIntroductionFromFile(pathway.id)} (Imported from https://4c-leadership-framework.example/pathways/${pathway.id}/, content version ${tree.framework.version} of that site, not an edition of the framework.)`);
			expect(framework!['Description']).not.toContain(tree.framework.summary);
		}
	});

	test('hold every sub-capability under its capability', () => {
		const records = asRecords(readCsv(read(exchangeUrls.moodle(tree.pathways[0]!.id))));
		const parentOf = new Map(records.map((r) => [r['Id number'], r['Parent id number']]));
		expect(tree.subCapabilities.map((s) => parentOf.get(s.code))).toEqual(tree.subCapabilities.map((s) => tree.capabilities.find((c) => c.id === s.capability)!.code));
		expect(tree.capabilities.map((c) => parentOf.get(c.code))).toEqual(tree.capabilities.map(() => ''));
	});
});

describe('the Canvas outcomes', () => {
	test('follow the rules of Canvas\'s outcomes import', () => {
		for (const pathway of tree.pathways) expect([pathway.id, ...canvasProblems(read(exchangeUrls.canvas(pathway.id)))]).toEqual([pathway.id]);
	});

	test('describe each pathway\'s group in its source\'s own introduction, under the same vendor guid', () => {
		for (const pathway of tree.pathways) {
			const [root] = readCsv(read(exchangeUrls.canvas(pathway.id))).slice(1);
			const html = pathwayIntroductionFromFile(pathway.id).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
			expect([root![0], root![3]]).toEqual([`lcf-P${pathway.number}`, `<p>${html}</p>`]);
		}
	});

	test('hold every attribute of the pathway once as an outcome under its sub-capability\'s group', () => {
		for (const pathway of tree.pathways) {
			const rows = readCsv(read(exchangeUrls.canvas(pathway.id))).slice(1).filter((r) => r[1] === 'outcome');
			expect(rows.map((r) => `${r[7]} ${r[4]} ${r[2]}`)).toEqual(
				tree.attributes.filter((a) => a.pathway === pathway.id).map((a) => `lcf-P${pathway.number}-${a.subCapabilityCode} ${a.code} ${a.text}`),
			);
		}
	});
});
