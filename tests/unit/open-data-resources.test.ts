/** The open data gives every field of a resource's record, so a field added to the schema is not left out; its schema says where the site's judgement begins. */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
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

// Where the site's judgement begins, the schema says so: a resource's links, and whom it cites as the framework's authors.
describe('framework.schema.json', () => {
	type Node = { description?: string; properties: Record<string, Node>; items: Node };
	const schema = z.toJSONSchema(frameworkExportSchema, { io: 'output' }) as unknown as Node;
	const resource = schema.properties['resources']!;

	test.each(['pathways', 'capabilities', 'subCapabilities', 'areas'])('says a resource\'s %s are linked by the site\'s editors', (field) =>
		expect(resource.items.properties[field]!.description).toMatch(/linked by the site's editors, their judgement\.$/));

	test('says of the resources that their links are the editors\' judgement, and their credits the sources\'', () =>
		expect(resource.description).toContain("Who published, developed or wrote each is as its source says; its links to the framework (pathways, capabilities, subCapabilities, areas) are the site's editors' judgement."));

	test('describes publisher as whom the site cites, its judgement, from the line publisherFrom quotes', () => {
		const publisher = schema.properties['framework']!.properties['publisher']!.description!;
		expect(publisher).toMatch(/^Whom this site cites as the framework's authors: the site's own judgement/);
		expect(publisher).toContain("the line quoted in publisherFrom, which says it of the Pathway 2 module's resources, not of the framework");
		expect(publisher).not.toContain('Who developed the framework');
	});
});
