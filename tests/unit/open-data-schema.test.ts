/** framework.schema.json lists the content's own ids wherever a field refers to one, so a validator refuses an id that does not exist. */
import { describe, expect, test } from 'vitest';
import { frameworkJsonSchema, type FrameworkIds } from '../../src/lib/open-data.ts';

const ids: FrameworkIds = { pathways: ['pathway-2'], capabilities: ['maintaining-curiosity'], subCapabilities: ['curiosity-of-self'], curriculumAreas: ['making-decisions'] };
type Node = { properties: Record<string, Node>; items: Node; propertyNames: Node; enum?: string[] };
const item = (list: string) => (frameworkJsonSchema(new URL('https://example.org/'), ids) as unknown as Node).properties[list]!.items.properties;

describe('frameworkJsonSchema', () => {
	test('gives every reference to a pathway, capability, sub-capability or area the content\'s ids as its enum', () => {
		const attribute = item('attributes');
		expect([attribute['pathway']!.enum, attribute['capability']!.enum, attribute['subCapability']!.enum, attribute['areas']!.items.enum]).toEqual([ids.pathways, ids.capabilities, ids.subCapabilities, ids.curriculumAreas]);
		const sub = item('subCapabilities');
		expect([sub['capability']!.enum, sub['pathwayDescriptions']!.propertyNames.enum]).toEqual([ids.capabilities, ids.pathways]);
		const resource = item('resources');
		expect(['pathways', 'capabilities', 'subCapabilities', 'areas'].map((field) => resource[field]!.items.enum)).toEqual([ids.pathways, ids.capabilities, ids.subCapabilities, ids.curriculumAreas]);
	});

	test('gives no enum to the ids the lists define', () => {
		expect(['pathways', 'capabilities', 'subCapabilities', 'attributes', 'curriculumAreas', 'resources'].map((list) => item(list)['id']!.enum)).toEqual(Array(6).fill(undefined));
	});
});
