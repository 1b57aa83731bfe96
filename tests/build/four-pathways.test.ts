/**
 * Pathways 1 and 4 added as content files only (`tests/fixtures/four-pathways/`, invented), built
 * with the real content: each appears everywhere a pathway does, with no change to the code, and
 * lists of pathways read as English ("Pathway 1, Pathway 3 and Pathway 4").
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { citeUrls } from '../../src/lib/cite/urls.ts';
import { exchangeUrls } from '../../src/lib/exchange/urls.ts';
import { urls } from '../../src/lib/urls.ts';
import { fileFor } from '../helpers/dist.ts';
import { fourPathwaysFixture, fourPathwaysSite, fourPathwaysTimeout } from '../helpers/four-pathways.ts';

const added = ['pathway-1', 'pathway-4'];
/** The invented attributes, read from the fixture: id and code. */
const fixtureAttributes = (pathway: string) =>
	Object.values(parse(readFileSync(path.join(fourPathwaysFixture, 'pathways', pathway, 'attributes.yaml'), 'utf8')) as Record<string, { id: string; code: string; formerCodes?: string[] }[]>).flat();

let dist: string;
const read = (url: string) => readFileSync(fileFor(url, dist) ?? `missing: ${url}`, 'utf8');

beforeAll(async () => {
	dist = await fourPathwaysSite();
}, fourPathwaysTimeout);

describe.each(added)('the four-pathway site, for %s', (pathway) => {
	const attributes = fixtureAttributes(pathway);
	const number = pathway.replace('pathway-', '');

	test('has its page, with every attribute at its id, and its references in every format', () => {
		const page = read(urls.pathway(pathway));
		expect(attributes.filter((a) => !page.includes(`id="${a.id}"`))).toEqual([]);
		expect(read(urls.pathways)).toContain(`href="${urls.pathway(pathway)}"`);
		const cite = read(citeUrls.pathway(pathway));
		expect(attributes.filter((a) => !cite.includes(`id="${a.id}"`))).toEqual([]);
		for (const format of ['bibtex', 'ris', 'csl'] as const) expect(read(exchangeUrls.citation(pathway, format))).toContain(`/pathways/${pathway}/`);
	});

	// Side by side with the pathway its page offers to compare with: 1 with 2 on /compare/, 4 with 3 on /compare/pathway-3/.
	test('is compared, side by side, with its neighbour, on the page its own page leads to', () => {
		const compare = pathway === 'pathway-1' ? urls.compare : urls.comparePair('pathway-3');
		expect(read(`/pathways/${pathway}/`)).toContain(`href="${compare}?pathway=${pathway}&amp;pathway=`);
		expect(attributes.filter((a) => !read(compare).includes(a.code))).toEqual([]);
	});

	test('is in the open data, the links list and the learning-platform files, every attribute with its code', () => {
		const json = read('/framework.json');
		const csv = read('/framework.csv');
		const links = read('/links.json');
		const moodle = read(exchangeUrls.moodle(pathway));
		const canvas = read(exchangeUrls.canvas(pathway));
		for (const [name, file] of Object.entries({ json, csv, links, moodle, canvas }))
			expect([name, ...attributes.filter((a) => !file.includes(a.code)).map((a) => a.code)]).toEqual([name]);
	});

	test('is a CASE document holding every attribute', () => {
		const caseDir = path.join(dist, 'ims/case/v1p1');
		const documents = JSON.parse(readFileSync(path.join(caseDir, 'CFDocuments.json'), 'utf8')).CFDocuments as { title: string; identifier: string }[];
		const document = documents.find((d) => d.title.includes(`Pathway ${number}:`));
		expect(document, documents.map((d) => d.title).join('\n')).toBeDefined();
		const codes = JSON.stringify(JSON.parse(readFileSync(path.join(caseDir, 'CFPackages', document!.identifier), 'utf8')).CFItems.map((i: { humanCodingScheme: string }) => i.humanCodingScheme));
		expect(attributes.filter((a) => !codes.includes(`"${a.code}"`))).toEqual([]);
	});

	test('is found by search: every attribute has its search record', () => {
		const records = globSync('pagefind/fragment/*', { cwd: dist }).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dist, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string });
		const found = new Set(records.map((r) => r.url));
		expect(attributes.filter((a) => !found.has(urls.attribute({ pathway, id: a.id })))).toEqual([]);
	});
});

describe('the four-pathway site', () => {
	test('gives a moved attribute\'s former codes in the open data and in its CASE item', () => {
		const moved = added.flatMap(fixtureAttributes).filter((a) => a.formerCodes?.length);
		expect(moved.length).toBeGreaterThan(0);
		const json = JSON.parse(read('/framework.json')) as { attributes: { id: string; formerCodes: string[] }[] };
		const csv = parseCsv<Record<string, string>>(read('/framework.csv'), { bom: true, columns: true });
		const caseItems = globSync('ims/case/v1p1/CFItems/*', { cwd: dist }).map((file) => JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as { humanCodingScheme: string; extensions: Record<string, unknown> });
		const found = (a: { id: string; code: string }) => [
			json.attributes.find((j) => j.id === a.id)?.formerCodes,
			csv.find((row) => row['code'] === a.code)?.['former_codes']?.split('; '),
			caseItems.find((item) => item.humanCodingScheme === a.code)?.extensions['lcf:formerCodes'],
		];
		expect(moved.map(found)).toEqual(moved.map((a) => [a.formerCodes, a.formerCodes, a.formerCodes]));
	});

	test('lists the pathways as English lists, never "… and … and …"', () => {
		expect(read(urls.comparePair('pathway-3'))).toContain('The effective attributes of Pathway 3 and Pathway 4, side by side.');
		const pages = globSync('**/*.html', { cwd: dist });
		expect(pages.filter((page) => /Pathway \d+ and Pathway \d+ and/.test(readFileSync(path.join(dist, page), 'utf8')))).toEqual([]);
	});

	test('says how each pathway\'s areas were assigned in its own words, and no other pathway\'s story', () => {
		expect(read(urls.compare)).toContain('Pathway 1&#39;s fixture has no source');
		expect(read(urls.comparePair('pathway-3'))).toContain('Pathway 4&#39;s fixture has no source');
		expect(read('/pathways/pathway-1/')).not.toContain('cannot be read');
	});
});
