/**
 * 1EdTech's CASE 1.1 JSON Schemas (vendored in tests/fixtures/case-v1p1/), compiled with Ajv, one
 * validator per endpoint of the provider.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { notFoundFile } from '../../src/lib/case/provider.ts';
import { projectRoot } from './fixtures.ts';

const schemaDir = path.join(projectRoot, 'tests/fixtures/case-v1p1');

/** The schema of each endpoint, by the first part of its path under /ims/case/v1p1/. */
export const schemaOfEndpoint: Record<string, string> = {
	'CFDocuments.json': 'getAllCFDocuments',
	CFDocuments: 'getCFDocument',
	CFPackages: 'getCFPackage',
	CFItems: 'getCFItem',
	CFAssociations: 'getCFAssociation',
	CFItemAssociations: 'getCFItemAssociations',
	CFItemTypes: 'getCFItemType',
	CFConcepts: 'getCFConcept',
	CFAssociationGroupings: 'getCFAssociationGrouping',
};

/** Every operation of CASE 1.1, by the OpenAPI file: each has its own error schema for a 404. */
export const caseOperations = [
	'getAllCFDocuments', 'getCFDocument', 'getCFPackage', 'getCFItem', 'getCFAssociation', 'getCFItemAssociations', 'getCFItemType',
	'getCFConcept', 'getCFAssociationGrouping', 'getCFLicense', 'getCFRubric', 'getCFSubject',
];

// strict: false because the schemas carry 1EdTech's own keywords Ajv does not know; every check
// the schemas make (types, required, additionalProperties, patterns, formats) still runs.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

const compiled = new Map<string, ValidateFunction>();

/** The validator for one operation's 200 response body, e.g. `getCFPackage`, or with `error`, its error body (imsx_StatusInfo). */
export function caseValidator(operation: string, response: '200' | 'error' = '200'): ValidateFunction {
	const key = `${operation}-${response}`;
	let validate = compiled.get(key);
	if (!validate) {
		const schema = JSON.parse(readFileSync(path.join(schemaDir, `${key}-responsepayload-schema.json`), 'utf8')) as Record<string, unknown>;
		// They declare "http://json-schema.org/draft/2020-12/schema", which Ajv knows only as https://…:
		// the schemas are written in draft 2020-12, which Ajv2020 compiles without the key.
		delete schema['$schema'];
		validate = ajv.compile(schema);
		compiled.set(key, validate);
	}
	return validate;
}

/** The schema errors for a body served at `file` (its path under /ims/case/v1p1/), as readable lines. */
export function caseErrors(file: string, body: unknown): string[] {
	// The 404 body hosts answer every endpoint's unknown identifiers with: each endpoint's error schema.
	if (file === notFoundFile) return caseOperations.flatMap((operation) => problems(`${file} (${operation})`, caseValidator(operation, 'error'), body));
	const endpoint = file.includes('/') ? file.split('/')[0]! : file;
	const operation = schemaOfEndpoint[endpoint];
	if (!operation) return [`${file}: no CASE endpoint is served at this path`];
	return problems(file, caseValidator(operation), body);
}

function problems(file: string, validate: ValidateFunction, body: unknown): string[] {
	if (validate(body)) return [];
	return (validate.errors ?? []).map((e) => `${file}${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
