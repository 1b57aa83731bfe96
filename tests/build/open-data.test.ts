/**
 * The open data files: `/framework.json` follows `/framework.schema.json` and holds every attribute
 * of the content, each with an address that reaches it; `/framework.csv` holds the same attributes,
 * one row each, encoded as spreadsheets expect.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse, type Options } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Attribute, Framework, FrameworkExport } from '../../schemas/index.ts';
import { toCsv } from '../../src/lib/open-data.ts';
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent } from '../../src/check/validate.ts';
import { attr, distDir, fileFor, parseHtmlFile } from '../helpers/dist.ts';
import { pathwayIntroductionFromFile, projectRoot } from '../helpers/fixtures.ts';

const site = 'https://4c-leadership-framework.example';
const columns = ['pathway', 'capability', 'sub_capability', 'code', 'text', 'areas', 'areas_from', 'url', 'former_codes'];

let framework: Framework;
let attributes: Attribute[];
/** The CSV row each attribute should have, worked out from the content, by code. */
let expectedRows: Record<string, string>[];
let document: FrameworkExport;
let schema: { $id: string };
let csv: Buffer;

beforeAll(async () => {
	const { content } = await validateContent(projectRoot);
	framework = content.framework!;
	attributes = content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
	const titleOf = <T extends { id?: string; value: { title: string } }>(list: T[], id: string, key = (item: T) => item.id) =>
		list.find((item) => key(item) === id)!.value.title;
	expectedRows = attributes
		.map((a) => {
			const pathway = content.pathways.find((p) => p.id === a.pathway)!.value;
			const subCapability = content.subCapabilities.find((s) => s.value.id === a.subCapability)!.value;
			return {
				pathway: `Pathway ${pathway.number}: ${pathway.title}`,
				capability: titleOf(content.capabilities, subCapability.capability, (c) => c.value.id),
				sub_capability: subCapability.title,
				code: a.code,
				text: a.text,
				areas: a.areas.map((id) => titleOf(content.curriculumAreas, id, (area) => area.value.id)).join('; '),
				areas_from: { source: 'as the source prints them', 'source-symbol': "the editors' reading of the symbol the source prints", editorial: 'assigned by the editors' }[a.areasFrom],
				url: `${site}/pathways/${a.pathway}/#${a.id}`,
				former_codes: (a.formerCodes ?? []).join('; '),
			};
		})
		.sort((a, b) => a.code.localeCompare(b.code));
	document = JSON.parse(readFileSync(path.join(distDir, 'framework.json'), 'utf8'));
	schema = JSON.parse(readFileSync(path.join(distDir, 'framework.schema.json'), 'utf8'));
	csv = readFileSync(path.join(distDir, 'framework.csv'));
});

/** A draft 2020-12 validator for the published schema, strict about the schema itself. */
function validator() {
	const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { uri: (value: string) => URL.canParse(value) } });
	return ajv.compile(schema);
}

/** The CSV's records, each a list of fields. */
const csvRecords = (options: Options = {}) => parse(csv, { bom: true, ...options });

describe('framework.json', () => {
	test('validates against framework.schema.json', () => {
		const validate = validator();
		validate(document);
		expect(validate.errors ?? []).toEqual([]);
	});

	test('names its schema by the address the schema gives itself', () => {
		expect(document.$schema).toBe(`${site}/framework.schema.json`);
		expect(schema.$id).toBe(document.$schema);
	});

	test('carries each pathway\'s own wording of a sub-capability beside the shared one', () => {
		const partners = document.subCapabilities.find((s) => s.id === 'curiosity-of-partners')!;
		expect(partners.description).toContain('social care services promoting');
		expect(partners.pathwayDescriptions['pathway-3']).toContain('social care services, promoting');
	});

	test('its schema says what version, date and areasFrom mean: this site\'s content version, and where areas come from', () => {
		const json = schema as unknown as { properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string; enum?: string[] }> } }> };
		expect(json.properties['version']?.description).toContain("This site's content version");
		expect(json.properties['date']?.description).toContain("this site's content version");
		const areasFrom = json.properties['attributes']!.items!.properties['areasFrom']!;
		expect(areasFrom.enum).toEqual(['source', 'source-symbol', 'editorial']);
		expect(areasFrom.description).toContain("the area is the editors' reading of that symbol");
	});

	test('gives each pathway its source\'s own introduction, and its schema says so and calls the summary the site\'s own', () => {
		expect(document.pathways.map((p) => p.introduction)).toEqual(document.pathways.map((p) => pathwayIntroductionFromFile(p.id)));
		const json = schema as unknown as { properties: Record<string, { properties?: Record<string, { description?: string }>; items?: { properties: Record<string, { description?: string }> } }> };
		expect(json.properties['pathways']!.items!.properties['introduction']!.description).toContain('in the words of its source document');
		expect(json.properties['framework']!.properties!['summary']!.description).toContain("The site's own one-sentence summary");
	});

	test('carries the version and date of the framework record', () => {
		expect({ version: document.version, date: document.date }).toEqual({ version: framework.version, date: framework.date });
	});

	test('holds every attribute of the content, each with its code', () => {
		const idsAndCodes = (list: { id: string; code: string }[]) => list.map((a) => `${a.id} ${a.code}`).sort();
		expect(idsAndCodes(document.attributes)).toEqual(idsAndCodes(attributes));
	});

	test('gives every attribute the former codes of the content, a list even when empty', () => {
		const formerCodes = (list: { id: string; formerCodes?: string[] }[]) => list.map((a) => `${a.id} ${JSON.stringify(a.formerCodes ?? null)}`).sort();
		expect(formerCodes(document.attributes)).toEqual(formerCodes(attributes.map((a) => ({ id: a.id, formerCodes: a.formerCodes ?? [] }))));
	});

	test('gives every attribute a code of its own', () => {
		const codes = document.attributes.map((a) => a.code);
		expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
	});

	test('gives each attribute a url that reaches the element with its id on the built site', () => {
		const idsOn = new Map<string, Set<string>>();
		const unreached = document.attributes.filter(({ id, url }) => {
			const { origin, pathname, hash } = new URL(url);
			const file = origin === site ? fileFor(pathname) : undefined;
			if (!file) return true;
			if (!idsOn.has(file)) idsOn.set(file, new Set(parseHtmlFile(file).querySelectorAll('[id]').map((el) => attr(el, 'id') ?? '')));
			return decodeURIComponent(hash.slice(1)) !== id || !idsOn.get(file)!.has(id);
		});
		expect(unreached.map((a) => a.url)).toEqual([]);
	});

	test('gives every other item an absolute url of a page that was built', () => {
		const { pathways, capabilities, subCapabilities, curriculumAreas, resources } = document;
		const unbuilt = [...pathways, ...capabilities, ...subCapabilities, ...curriculumAreas, ...resources]
			.map((item) => item.url)
			.filter((url) => !url.startsWith(`${site}/`) || !fileFor(new URL(url).pathname));
		expect(unbuilt).toEqual([]);
	});

	test('gives resources as records only, without their prose or structured parts', () => {
		const parts = ['body', 'strategyGroups', 'keyFindings', 'domains', 'learningModel', 'references', 'referencesTitle', 'closing'];
		expect(document.resources.flatMap((r) => Object.keys(r)).filter((key) => parts.includes(key))).toEqual([]);
	});
});

describe('framework.schema.json', () => {
	test('rejects a document with an attribute that lacks its code', () => {
		const broken = structuredClone(document) as { attributes: Partial<FrameworkExport['attributes'][number]>[] };
		delete broken.attributes[0]!.code;
		expect(validator()(broken)).toBe(false);
	});

	test.each([
		['an attribute in an area that does not exist', (d: FrameworkExport) => void (d.attributes[0]!.areas = ['nope'])],
		['an attribute in a pathway that does not exist', (d: FrameworkExport) => void (d.attributes[0]!.pathway = 'pathway-9')],
		['an attribute of a capability that does not exist', (d: FrameworkExport) => void (d.attributes[0]!.capability = 'nope')],
		['an attribute of a sub-capability that does not exist', (d: FrameworkExport) => void (d.attributes[0]!.subCapability = 'nope')],
		['a sub-capability of a capability that does not exist', (d: FrameworkExport) => void (d.subCapabilities[0]!.capability = 'nope')],
		['a pathway\'s wording for a pathway that does not exist', (d: FrameworkExport) => void (d.subCapabilities[0]!.pathwayDescriptions['pathway-9'] = 'Worded.')],
	])('rejects %s', (_, change) => {
		const broken = structuredClone(document);
		change(broken);
		expect(validator()(broken)).toBe(false);
	});

	test('says that the areas\' descriptions are the site\'s own, and that areasFrom says where an attribute\'s areas come from', () => {
		const json = schema as unknown as { description: string; properties: Record<string, { items: { properties: Record<string, { description?: string }> } }> };
		expect(json.properties['curriculumAreas']!.items.properties['description']!.description).toContain("the site's own summary, not the framework's words");
		expect(json.properties['attributes']!.items.properties['areas']!.description).toContain('areasFrom');
		expect(json.description).toContain("the areas' descriptions are the site's own summaries");
	});
});

describe('framework.csv', () => {
	test('starts with a UTF-8 byte order mark, for Excel', () => {
		expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	test('ends every line, the last too, with CRLF', () => {
		expect(csvRecords({ record_delimiter: '\r\n' })).toHaveLength(attributes.length + 1);
		expect(csv.subarray(-2).toString()).toBe('\r\n');
	});

	test('has the agreed header', () => {
		expect(csvRecords({ to_line: 1 })).toEqual([columns]);
	});

	test('reads back as one row per attribute of the content: pathway, titles, code, text, areas, where the areas come from, url and former codes', () => {
		const rows = parse<Record<string, string>>(csv, { bom: true, columns: true }).sort((a, b) => (a['code'] ?? '').localeCompare(b['code'] ?? ''));
		expect(rows).toEqual(expectedRows);
	});
});

describe('CSV encoding', () => {
	test('quotes a field with a comma, a quote or a line break, doubling its quotes, and leaves others bare', () => {
		const rows = [{ a: 'Says "yes", then\r\nacts', b: 'Plain text.' }];
		expect(toCsv(['a', 'b'], rows)).toBe('a,b\r\n"Says ""yes"", then\r\nacts",Plain text.\r\n');
	});

	test.each([['=HYPERLINK("http://x","Click")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\t=1'], ['\r=1']])(
		'neutralises a cell a spreadsheet would run as a formula (%j), as OWASP advises',
		(text) => {
			const csv = toCsv(['text'], [{ text }]);
			expect(csv.startsWith(`text\r\n"'`)).toBe(true);
			expect(parse<Record<string, string>>(csv, { columns: true })).toEqual([{ text: `'${text}` }]);
		},
	);

	test('quotes a cell with a semicolon, which some spreadsheets read as a separator', () => {
		expect(toCsv(['a'], [{ a: 'one; =two' }])).toBe('a\r\n"one; =two"\r\n');
	});
});
