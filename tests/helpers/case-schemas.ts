/**
 * 1EdTech's CASE 1.1 JSON Schemas (vendored in tests/fixtures/case-v1p1/), compiled with Ajv, one
 * validator per endpoint of the provider.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
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

// strict: false because the schemas carry 1EdTech's own keywords Ajv does not know; every check
// the schemas make (types, required, additionalProperties, patterns, formats) still runs.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

const compiled = new Map<string, ValidateFunction>();

/** The validator for one operation's 200 response body, e.g. `getCFPackage`. */
export function caseValidator(operation: string): ValidateFunction {
	let validate = compiled.get(operation);
	if (!validate) {
		const schema = JSON.parse(readFileSync(path.join(schemaDir, `${operation}-200-responsepayload-schema.json`), 'utf8')) as Record<string, unknown>;
		// They declare "http://json-schema.org/draft/2020-12/schema", which Ajv knows only as https://…:
		// the schemas are written in draft 2020-12, which Ajv2020 compiles without the key.
		delete schema['$schema'];
		validate = ajv.compile(schema);
		compiled.set(operation, validate);
	}
	return validate;
}

/** The schema errors for a body served at `file` (its path under /ims/case/v1p1/), as readable lines. */
export function caseErrors(file: string, body: unknown): string[] {
	const endpoint = file.includes('/') ? file.split('/')[0]! : file;
	const operation = schemaOfEndpoint[endpoint];
	if (!operation) return [`${file}: no CASE endpoint is served at this path`];
	const validate = caseValidator(operation);
	if (validate(body)) return [];
	return (validate.errors ?? []).map((e) => `${file}${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
