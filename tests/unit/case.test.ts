/**
 * The CASE 1.1 provider's pure logic on a tiny framework: identifiers, shapes per endpoint (checked
 * with 1EdTech's schemas), hierarchy and what stays fixed when content changes.
 */
import { describe, expect, test } from 'vitest';
import openapi from '../../src/lib/case/openapi/imscasev1p1_openapi3_v1p0.json' with { type: 'json' };
import { caseFiles, caseHostRules, documentListFile, notFoundBody, notFoundFile } from '../../src/lib/case/provider.ts';
import { urlNamespace, uuidV5 } from '../../src/lib/case/uuid.ts';
import { caseErrors } from '../helpers/case-schemas.ts';
import { attribute, tinyFramework } from '../helpers/tiny-framework.ts';

const site = new URL('https://example.org/');
const tiny = tinyFramework;

type Obj = Record<string, any>;
const packages = (files: Map<string, unknown>) => [...files].filter(([path]) => path.startsWith('CFPackages/')).map(([, body]) => body as Obj);

describe('uuidV5', () => {
	test('gives RFC 9562 version 5 UUIDs (as Python\'s uuid5 does)', () => {
		expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
		expect(uuidV5('https://example.org/x', urlNamespace)).toBe('fdb420ba-c7a0-5bc0-b348-39fd508cc82c');
	});
});

describe('caseFiles', () => {
	test('every body passes its endpoint\'s official CASE 1.1 schema', () => {
		const files = caseFiles(tiny(), site);
		expect([...files].flatMap(([path, body]) => caseErrors(path, body))).toEqual([]);
	});

	test('the schemas refuse an item in a package that carries CFDocumentURI', () => {
		const files = caseFiles(tiny(), site);
		const [path, body] = [...files].find(([p]) => p.startsWith('CFPackages/'))! as [string, Obj];
		body.CFItems[0].CFDocumentURI = body.CFDocument.uri;
		expect(caseErrors(path, body).join('\n')).toContain('must NOT have additional properties');
	});

	test('serves one document per pathway, each with its package', () => {
		const files = caseFiles(tiny(), site);
		const { CFDocuments } = files.get(documentListFile) as { CFDocuments: Obj[] };
		expect(CFDocuments.map((d) => d.title)).toEqual(['Leadership Capability Framework, Pathway 2: Leaders 2', 'Leadership Capability Framework, Pathway 3: Leaders 3']);
		for (const document of CFDocuments) expect(files.has(`CFPackages/${document.identifier}`)).toBe(true);
	});

	test('an item in a package has no CFDocumentURI; the same item at CFItems/{id} has it', () => {
		const files = caseFiles(tiny(), site);
		const [first] = packages(files);
		const item = first!.CFItems[0];
		expect(item).not.toHaveProperty('CFDocumentURI');
		expect((files.get(`CFItems/${item.identifier}`) as Obj).CFDocumentURI.identifier).toBe(first!.CFDocument.identifier);
	});

	test('links attributes to sub-capabilities, sub-capabilities to capabilities and capabilities to the document, in order', () => {
		const [, p3] = packages(caseFiles(tiny(), site));
		const byId = new Map<string, Obj>(p3!.CFItems.map((i: Obj) => [i.identifier, i]));
		const parents = p3!.CFAssociations.filter((a: Obj) => a.associationType === 'isChildOf')
			.map((a: Obj) => `${byId.get(a.originNodeURI.identifier)!.humanCodingScheme} ${a.sequenceNumber} → ${byId.get(a.destinationNodeURI.identifier)?.humanCodingScheme ?? 'document'}`);
		expect(parents).toEqual(['CU 1 → document', 'CU1 1 → CU', 'P3-CU1.1 1 → CU1', 'P3-CU1.2 2 → CU1']);
	});

	test('relates each capability and sub-capability to the same one in the other pathway', () => {
		const files = caseFiles(tiny(), site);
		const [p2, p3] = packages(files);
		const sub = (p: Obj) => p.CFItems.find((i: Obj) => i.humanCodingScheme === 'CU1');
		const match = p2!.CFAssociations.find((a: Obj) => a.associationType === 'exactMatchOf' && a.originNodeURI.identifier === sub(p2!).identifier);
		expect(match.destinationNodeURI.identifier).toBe(sub(p3!).identifier);
		expect(files.has(`CFAssociationGroupings/${match.CFAssociationGroupingURI.identifier}`)).toBe(true);
	});

	test('links each pathway\'s items only to the same items in the pathways before and after it: 1 ↔ 2 ↔ 3 ↔ 4, never 1 ↔ 3', () => {
		const files = caseFiles(tiny({ pathways: [1, 2, 3, 4] }), site);
		const pathwayOf = new Map(packages(files).flatMap((p) => p.CFItems.map((i: Obj) => [i.identifier, p.CFDocument.title.match(/Pathway (\d)/)![1]])));
		const links = (code: string) => packages(files).flatMap((p) => p.CFAssociations)
			.filter((a: Obj) => a.CFAssociationGroupingURI && a.originNodeURI.title.startsWith(`${code} `))
			.map((a: Obj) => `${pathwayOf.get(a.originNodeURI.identifier)} → ${pathwayOf.get(a.destinationNodeURI.identifier)}`);
		const expected = ['1 → 2', '2 → 1', '2 → 3', '3 → 2', '3 → 4', '4 → 3'];
		expect(links('CU')).toEqual(expected);
		expect(links('CU1')).toEqual(expected);
		expect([...files].flatMap(([path, body]) => caseErrors(path, body))).toEqual([]);
	});

	test('the associations across pathways grow with the number of pathways, not its square', () => {
		const across = (n: number) => [...caseFiles(tiny({ pathways: Array.from({ length: n }, (_, i) => i + 1) }), site).values()]
			.filter((body) => (body as Obj).CFAssociationGroupingURI).length;
		// Two items (CU, CU1) per pathway, each linked both ways to each neighbour: 2 × 2 × (n − 1).
		expect([2, 3, 4, 8, 16].map(across)).toEqual([4, 8, 12, 28, 60]);
	});

	test('a sub-capability a pathway words its own way is related to, not an exact match of, the other pathway\'s', () => {
		const [p2, p3] = packages(caseFiles(tiny({ p3Description: 'Self, in Pathway 3\'s words.' }), site));
		const sub = (p: Obj) => p.CFItems.find((i: Obj) => i.humanCodingScheme === 'CU1');
		const from = (p: Obj) => p.CFAssociations.find((a: Obj) => a.CFAssociationGroupingURI && a.originNodeURI.identifier === sub(p).identifier).associationType;
		expect([from(p2!), from(p3!)]).toEqual(['isRelatedTo', 'isRelatedTo']);
		expect(sub(p3!).notes).toBe('Self, in Pathway 3\'s words.');
	});

	test('with one pathway there is no cross-pathway association nor its grouping', () => {
		const files = caseFiles(tiny({ pathways: [2] }), site);
		expect([...files.keys()].filter((p) => p.startsWith('CFAssociationGroupings/'))).toEqual([]);
		expect([...files].flatMap(([path, body]) => caseErrors(path, body))).toEqual([]);
	});

	test('a changed statement keeps every identifier', () => {
		expect([...caseFiles(tiny({ text: 'Knows self well.' }), site).keys()]).toEqual([...caseFiles(tiny(), site).keys()]);
	});

	test('a renamed attribute (its old id in formerIds) keeps its identifier', () => {
		const renamed = tiny();
		const sub = renamed.capabilities[0]!.subCapabilities[0]!;
		sub.attributesByPathway.set('pathway-2', [attribute('pathway-2', 'p2-knows-own-self', 'P2-CU1.1', 'Knows self.', 1, ['p2-knows-self'])]);
		expect([...caseFiles(renamed, site).keys()]).toEqual([...caseFiles(tiny(), site).keys()]);
	});

	test('every uri is the CASE address of the file that serves it', () => {
		const files = caseFiles(tiny(), site);
		const uris = JSON.stringify([...files.values()]).match(/"uri":"[^"]+"/g)!.map((u) => u.slice(7, -1));
		expect(uris.filter((uri) => !files.has(new URL(uri).pathname.replace('/ims/case/v1p1/', '')))).toEqual([]);
	});

	test('describes each pathway\'s document in its source\'s own introduction, not the site\'s summary', () => {
		const { CFDocuments } = caseFiles(tiny(), site).get(documentListFile) as { CFDocuments: Obj[] };
		expect(CFDocuments.map((d) => d.description)).toEqual(['The framework for Leaders 2 & <others>.', 'The framework for Leaders 3 & <others>.']);
		expect(JSON.stringify(CFDocuments)).not.toContain(tiny().about.summary);
	});

	test('says in each document\'s notes where its attributes\' areas come from, that the areas\' descriptions are the site\'s own, and what its version and creator are', () => {
		const files = caseFiles(tiny(), site);
		const { CFDocuments } = files.get(documentListFile) as { CFDocuments: Obj[] };
		for (const document of CFDocuments)
			expect(document.notes).toBe("Each attribute's curriculum areas (conceptKeywords): assigned by the editors. The descriptions of the curriculum areas (CFConcepts) are the site's own summaries, not the framework's words. Its version is this site's content version, not an edition of the framework. Its creator is whom this site cites as the framework's authors, the site's own judgement: the framework's documents name no author or publisher.");
		const concepts = [...files].filter(([path]) => path.startsWith('CFConcepts/')).flatMap(([, body]) => (body as { CFConcepts: Obj[] }).CFConcepts);
		expect(concepts.find((c) => c.hierarchyCode === '1')!.description).toContain("The descriptions of the areas under it are the site's own summaries, not the framework's words.");
		const areas = concepts.filter((c) => c.hierarchyCode !== '1');
		expect(areas.length).toBeGreaterThan(0);
		for (const area of areas) expect(area.extensions).toEqual({ 'lcf:notes': "The description is the site's own summary, not the framework's words." });
	});

	test('where a pathway\'s attributes take their areas from different places, each attribute\'s notes say where, still valid', () => {
		const mixed = tiny();
		const sub = mixed.capabilities[0]!.subCapabilities[0]!;
		const [asks, listens] = sub.attributesByPathway.get('pathway-3')!;
		sub.attributesByPathway.set('pathway-3', [asks!, { ...listens!, areasFrom: 'source' }]);
		const files = caseFiles(mixed, site);
		const [p2, p3] = packages(files);
		expect(p3!.CFDocument.notes).toMatch(/^Each attribute's curriculum areas \(conceptKeywords\) come from the source or the editors: its notes say which\. /);
		const notesOf = (pkg: Obj) => pkg.CFItems.filter((i: Obj) => i.CFItemType === 'Effective attribute').map((i: Obj) => i.notes);
		expect(notesOf(p3!)).toEqual(['Curriculum areas: assigned by the editors.', 'Curriculum areas: as the source prints them.']);
		expect(notesOf(p2!)).toEqual([undefined]);
		expect([...files].flatMap(([path, body]) => caseErrors(path, body))).toEqual([]);
	});

	test('a pathway whose page gives no introduction has a document without a description, still valid', () => {
		const none = tiny();
		none.pathways[0]!.introduction = '';
		const files = caseFiles(none, site);
		expect((files.get(documentListFile) as { CFDocuments: Obj[] }).CFDocuments[0]).not.toHaveProperty('description');
		expect([...files].flatMap(([path, body]) => caseErrors(path, body))).toEqual([]);
	});

	test('a changed introduction keeps every identifier', () => {
		const changed = tiny();
		changed.pathways[0]!.introduction = 'Reworded.';
		expect([...caseFiles(changed, site).keys()]).toEqual([...caseFiles(tiny(), site).keys()]);
	});

	test('says which file and field to fix when the content date lacks a day', () => {
		const input = tiny();
		input.about.date = '2026-11';
		expect(() => caseFiles(input, site)).toThrow('content/framework.yaml › date: CASE needs the full day');
	});
});

describe('the 404 body', () => {
	test('is CASE\'s status payload for an unknown object, valid against the error schema of every CASE 1.1 endpoint', () => {
		const body = caseFiles(tiny(), site).get(notFoundFile);
		expect(body).toEqual(notFoundBody);
		expect(caseErrors(notFoundFile, body)).toEqual([]);
		expect(notFoundBody.imsx_codeMinor.imsx_codeMinorField[0]!.imsx_codeMinorFieldValue).toBe('unknownobject');
	});

	test('the error schemas can fail: a code minor CASE does not define is refused by each', () => {
		const wrong = { ...notFoundBody, imsx_codeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldName: 'sourcedId', imsx_codeMinorFieldValue: 'not_found' }] } };
		expect(caseErrors(notFoundFile, wrong)).toHaveLength(12);
	});
});

describe('the discovery document', () => {
	test('lists only endpoints that are served: each has files, or is one the hosts answer with the 404 body for every identifier', () => {
		const files = caseFiles(tiny(), site);
		const endpoints = Object.keys(openapi.paths).map((p) => p.split('/')[1]!);
		const served = (endpoint: string) => [...files.keys()].some((file) => file.startsWith(`${endpoint}/`) || file === `${endpoint}.json`);
		const empty = endpoints.filter((endpoint) => !served(endpoint));
		expect(empty.map((endpoint) => `${caseHostRules.jsonFolder}${endpoint}/`)).toEqual(caseHostRules.emptyEndpoints);
		expect(empty).toEqual(['CFLicenses', 'CFRubrics', 'CFSubjects']);
	});
});

describe('caseHostRules', () => {
	test('rewrites the list\'s address, which is also the folder of CFDocuments/{id}, to the file that holds it', () => {
		const files = caseFiles(tinyFramework(), new URL('https://example.org/'));
		const [rewrite] = caseHostRules.rewrites;
		expect(rewrite!.from).toBe('/ims/case/v1p1/CFDocuments');
		expect(files.has(rewrite!.to.replace(caseHostRules.jsonFolder, ''))).toBe(true);
		expect([...files.keys()].some((file) => file.startsWith('CFDocuments/'))).toBe(true);
	});
});
