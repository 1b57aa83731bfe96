/** `buildModel` resolves the content's relations once, on small in-memory entries. */
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model.ts';
import { modelEntries } from '../helpers/model-entries.ts';

const model = buildModel(modelEntries());
const pathway = (id: string) => model.byId.pathway.get(id)!;
const codes = (attributes: { code: string }[]) => attributes.map((a) => a.code);

describe('buildModel: pathways', () => {
	test('puts pathways in number order, each with its long and short label and its url', () => {
		expect(model.pathways.map((p) => [p.label, p.shortLabel, p.url])).toEqual([
			['Pathway 2: Middle Leaders', 'Pathway 2', '/pathways/pathway-2/'],
			['Pathway 3: Heads of Service', 'Pathway 3', '/pathways/pathway-3/'],
		]);
	});

	test('lists a pathway’s attributes in framework order: capability, sub-capability, then attribute', () =>
		expect(codes(pathway('pathway-2').attributes)).toEqual(['P2-CU1.1', 'P2-CU1.2', 'P2-CU2.1', 'P2-CL1.1']));

	test('compares a pathway with the level up, and the top one with the level below', () => {
		expect(pathway('pathway-2').comparesWith).toBe(pathway('pathway-3'));
		expect(pathway('pathway-3').comparesWith).toBe(pathway('pathway-2'));
	});

	test('says where a pathway’s areas come from, each way once', () => {
		expect([...pathway('pathway-2').areasFrom]).toEqual(['editorial']);
		expect([...pathway('pathway-3').areasFrom]).toEqual(['source-symbol']);
	});

	test('keeps the pathway’s introduction for search, empty when it has none', () => {
		expect(pathway('pathway-2').body).toBe('About **Pathway 2**.');
		expect(pathway('pathway-3').body).toBe('');
	});
});

describe('buildModel: capabilities and sub-capabilities', () => {
	test('puts capabilities and their sub-capabilities in order, and lists every sub-capability in framework order', () => {
		expect(model.capabilities.map((c) => [c.id, c.subCapabilities.map((s) => s.id)])).toEqual([
			['curiosity', ['values', 'self']],
			['clarity', ['vision']],
		]);
		expect(model.subCapabilities.map((s) => s.id)).toEqual(['values', 'self', 'vision']);
	});

	test('gives each sub-capability its capability, url and neighbours across capabilities', () => {
		const self = model.byId.subCapability.get('self')!;
		expect(self.capability).toBe(model.byId.capability.get('curiosity'));
		expect(self.url).toBe('/capabilities/curiosity/self/');
		expect([self.previous?.id, self.next?.id]).toEqual(['values', 'vision']);
		expect(model.subCapabilities[0]!.previous).toBeUndefined();
	});

	test('gives each pathway a sub-capability’s description in that pathway’s own wording, else the shared one', () =>
		expect(model.byId.subCapability.get('values')!.byPathway.map((g) => g.description)).toEqual(['Values.', 'Values, as Pathway 3 words it.']));

	test('gives each sub-capability every pathway with its attributes there, in order', () => {
		const values = model.byId.subCapability.get('values')!;
		expect(values.byPathway.map((g) => [g.pathway.id, codes(g.attributes)])).toEqual([
			['pathway-2', ['P2-CU1.1', 'P2-CU1.2']],
			['pathway-3', ['P3-CU1.1']],
		]);
		expect(model.byId.subCapability.get('self')!.byPathway[1]!.attributes).toEqual([]);
	});

	test('links resources to capabilities they name and to sub-capabilities their strategies serve', () => {
		const resource = model.byId.resource.get('strategies')!;
		expect(model.byId.capability.get('clarity')!.resources).toEqual([resource]);
		expect(model.byId.capability.get('curiosity')!.resources).toEqual([]);
		expect(model.byId.subCapability.get('self')!.resources).toEqual([resource]);
	});
});

describe('buildModel: attributes', () => {
	test('resolves an attribute’s pathway, capability, sub-capability and areas, with its url and code', () => {
		const attribute = model.byId.attribute.get('p2-values-2')!;
		expect(attribute.pathway).toBe(pathway('pathway-2'));
		expect(attribute.capability).toBe(model.byId.capability.get('curiosity'));
		expect(attribute.subCapability).toBe(model.byId.subCapability.get('values'));
		expect(attribute.areas.map((a) => a.title)).toEqual(['Making decisions', 'Leading change']);
		expect([attribute.url, attribute.code]).toEqual(['/pathways/pathway-2/#p2-values-2', 'P2-CU1.2']);
	});

	test('lists every attribute by pathway, then in framework order', () =>
		expect(codes(model.attributes)).toEqual(['P2-CU1.1', 'P2-CU1.2', 'P2-CU2.1', 'P2-CL1.1', 'P3-CU1.1', 'P3-CL1.1']));

	test('refuses an attribute whose sub-capability does not exist, naming both', () => {
		const entries = modelEntries();
		entries.attributes[0] = { ...entries.attributes[0]!, subCapability: 'visoin' };
		expect(() => buildModel(entries)).toThrow('Attribute "p2-vision-1" names the unknown sub-capability "visoin"');
	});
});

describe('buildModel: resources and areas', () => {
	test('resolves a resource’s links, its pathways in framework order', () => {
		const { links } = model.byId.resource.get('strategies')!;
		expect(links.pathways.map((p) => p.id)).toEqual(['pathway-2', 'pathway-3']);
		expect(links.capabilities.map((c) => c.id)).toEqual(['clarity']);
		expect(links.areas.map((a) => a.url)).toEqual(['/curriculum-areas/making-decisions/']);
	});

	test('keeps a resource’s own lists of ids as its content gives them', () =>
		expect(model.byId.resource.get('strategies')!.pathways).toEqual(['pathway-3', 'pathway-2']));

	test('puts curriculum areas in order, each with its url', () =>
		expect(model.curriculumAreas.map((a) => [a.id, a.url])).toEqual([
			['leading-change', '/curriculum-areas/leading-change/'],
			['making-decisions', '/curriculum-areas/making-decisions/'],
		]));

	test('keeps the framework.yaml record as `about`', () => expect(model.about.publisher).toBe('Frontline'));

	test('puts the pages about the site in footer order, each named by its link text or else its title', () =>
		expect(model.sitePages.map((page) => [page.url, page.label])).toEqual([
			['/contact/', 'Contact'],
			['/privacy/', 'Privacy'],
		]));
});
