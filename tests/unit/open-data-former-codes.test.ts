/**
 * A moved attribute's former codes travel with it in the open data (JSON, its schema, CSV, CASE),
 * so that a platform that stored a code before the move can map it to the attribute now.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { attributeEntrySchema } from '../../schemas/attribute.ts';
import { caseFiles } from '../../src/lib/case/provider.ts';
import { buildModel } from '../../src/lib/model.ts';
import { csvColumns, frameworkCsvRows, frameworkExport, frameworkIds, frameworkJsonSchema } from '../../src/lib/open-data.ts';
import { caseErrors } from '../helpers/case-schemas.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { modelEntries } from '../helpers/model-entries.ts';
import { tinyFramework } from '../helpers/tiny-framework.ts';

const site = new URL('https://example.org/');

/** The small framework, with p2-self-1 moved to `self` from `values`, where it was P2-CU1.3. */
function movedModel() {
	const entries = modelEntries();
	const moved = entries.attributes.find((a) => a.id === 'p2-self-1')!;
	moved.formerCodes = ['P2-CU1.3'];
	return buildModel(entries);
}
const model = movedModel();
const document = frameworkExport(model, site);
const validate = new Ajv2020({ strict: true, allErrors: true, formats: { uri: (value: string) => URL.canParse(value) } }).compile(frameworkJsonSchema(site, frameworkIds(model)));

describe('framework.json', () => {
	test('gives a moved attribute its former codes, and every other attribute an empty list', () => {
		expect(Object.fromEntries(document.attributes.map((a) => [a.id, a.formerCodes]))).toEqual(
			Object.fromEntries(model.attributes.map((a) => [a.id, a.id === 'p2-self-1' ? ['P2-CU1.3'] : []])),
		);
	});

	test('validates against its schema, which refuses former codes that are not a list of codes', () => {
		expect(validate(document) ? [] : validate.errors).toEqual([]);
		const broken = (formerCodes: unknown) => ({ ...document, attributes: document.attributes.map((a, i) => (i === 0 ? { ...a, formerCodes } : a)) });
		expect([validate(broken('P2-CU1.3')), validate(broken(['CU1.3'])), validate(broken(undefined))]).toEqual([false, false, false]);
	});

	test('its schema refuses a former code listed twice, as the content check does', () => {
		const twice = { ...document, attributes: document.attributes.map((a) => (a.id === 'p2-self-1' ? { ...a, formerCodes: ['P2-CU1.3', 'P2-CU1.3'] } : a)) };
		expect(validate(twice)).toBe(false);
		expect(validate.errors?.map((error) => error.keyword)).toEqual(['uniqueItems']);
	});

	test('its schema\'s example of a former code, and the editors\', is no attribute\'s code, in the content or ever published', () => {
		const schema = frameworkJsonSchema(site, frameworkIds(model)) as unknown as { properties: { attributes: { items: { properties: { formerCodes: { description: string } } } } } };
		const notAList = attributeEntrySchema.safeParse({ id: 'p2-x', code: 'P2-CU1.1', formerCodes: 'P2-CU1.3', text: 'X.', areas: ['making-decisions'], areasFrom: 'editorial' }).error?.issues[0]?.message ?? '';
		const examples = [schema.properties.attributes.items.properties.formerCodes.description, notAList].map((text) => /e\.g\. (?:formerCodes: \[)?(P\d+-[A-Z]{2}\d+\.\d+)/.exec(text)?.[1]);
		const folder = path.join(projectRoot, 'content/pathways');
		const entries = readdirSync(folder).flatMap((pathway) => Object.values(parse(readFileSync(path.join(folder, pathway, 'attributes.yaml'), 'utf8')) as { code: string; formerCodes?: string[] }[][]).flat());
		const published = (JSON.parse(readFileSync(path.join(projectRoot, 'content/published-links.json'), 'utf8')) as { links: { code?: string }[] }).links.map((link) => link.code);
		const codes = new Set([...entries.flatMap((entry) => [entry.code, ...(entry.formerCodes ?? [])]), ...published]);
		expect(examples.every(Boolean)).toBe(true);
		expect(examples.filter((code) => codes.has(code!))).toEqual([]);
	});
});

describe('framework.csv', () => {
	test('keeps its columns in their order, with former_codes added last', () => {
		expect(csvColumns).toEqual(['pathway', 'capability', 'sub_capability', 'code', 'text', 'areas', 'areas_from', 'url', 'former_codes']);
	});

	test('gives each row its former codes, "; " between, empty for an attribute that never moved', () => {
		const twice = { ...document, attributes: document.attributes.map((a) => (a.id === 'p2-self-1' ? { ...a, formerCodes: ['P2-CU1.3', 'P2-CL1.4'] } : a)) };
		expect(frameworkCsvRows(twice).map((row) => [row.code, row.former_codes])).toEqual(document.attributes.map((a) => [a.code, a.id === 'p2-self-1' ? 'P2-CU1.3; P2-CL1.4' : '']));
	});
});

describe('the CASE provider', () => {
	const framework = tinyFramework();
	const listens = framework.capabilities[0]!.subCapabilities[0]!.attributesByPathway.get('pathway-3')![1]!;
	listens.formerCodes = ['P3-CA1.1'];
	const items = [...caseFiles(framework, site)].filter(([path]) => path.startsWith('CFItems/'));
	const extensionsOf = (code: string) => (items.find(([, body]) => (body as { humanCodingScheme: string }).humanCodingScheme === code)![1] as { extensions: Record<string, unknown> }).extensions;

	test('gives a moved attribute\'s item its former codes in extensions, beside its code, and no other item any', () => {
		expect(extensionsOf('P3-CU1.2')['lcf:formerCodes']).toEqual(['P3-CA1.1']);
		expect(items.filter(([, body]) => 'lcf:formerCodes' in (body as { extensions: object }).extensions)).toHaveLength(1);
	});

	test('keeps the item within the official CFItem schema', () => {
		expect(items.flatMap(([path, body]) => caseErrors(path, body))).toEqual([]);
	});
});
