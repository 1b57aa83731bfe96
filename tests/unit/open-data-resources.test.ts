/** The open data gives every field of a resource's record, so a field added to the schema is not left out. */
import { describe, expect, test } from 'vitest';
import { frameworkExportSchema } from '../../schemas/framework-export.ts';
import { resourceSchema } from '../../schemas/resource.ts';

// The prose and structured parts stay on the resource's page; everything else is its record.
const parts = ['strategyGroups', 'keyFindings', 'domains', 'learningModel', 'references', 'referencesTitle', 'closing'];

describe('the open data export of resources', () => {
	test('has every field of a resource record', () => {
		const exported = Object.keys(frameworkExportSchema.shape.resources.element.shape);
		const record = Object.keys(resourceSchema.shape).filter((key) => !parts.includes(key));
		expect(record.filter((key) => !exported.includes(key))).toEqual([]);
	});
});
