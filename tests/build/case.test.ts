/**
 * The built CASE 1.1 provider (`dist/ims/case/v1p1/`): every file passes 1EdTech's schema for its
 * endpoint, holds every attribute of the content once in its pathway's document with its code and
 * parent, and every address in it reaches a file or page of the built site.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseErrors } from '../helpers/case-schemas.ts';
import { contentTree, type ExpectedAttribute } from '../helpers/content-tree.ts';
import { distDir, fileFor } from '../helpers/dist.ts';
import { pathwayIntroductionFromFile } from '../helpers/fixtures.ts';

type Obj = Record<string, any>;
const caseDir = path.join(distDir, 'ims/case/v1p1');
const read = (file: string) => JSON.parse(readFileSync(path.join(caseDir, file), 'utf8')) as Obj;
let files: string[];
let tree: Awaited<ReturnType<typeof contentTree>>;
let packages: Obj[];

beforeAll(async () => {
	files = globSync('**/*', { cwd: caseDir, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.relative(caseDir, path.join(d.parentPath, d.name)));
	tree = await contentTree();
	packages = read('CFDocuments.json').CFDocuments.map((d: Obj) => read(`CFPackages/${d.identifier}`));
});

describe('the CASE provider', () => {
	test('every file passes the official CASE 1.1 schema of its endpoint', () => {
		const bodies = files.filter((f) => !f.startsWith('discovery/'));
		expect(bodies.length).toBeGreaterThan(tree.attributes.length * 3);
		expect(bodies.flatMap((file) => caseErrors(file, read(file)))).toEqual([]);
	});

	test('lists one document per pathway, titled as its source is', () => {
		expect(read('CFDocuments.json').CFDocuments.map((d: Obj) => d.title)).toEqual(
			tree.pathways.map((p) => `${tree.framework.title}, Pathway ${p.number}: ${p.title}`),
		);
	});

	test('describes each pathway\'s document in its source\'s own introduction (its pathway.mdx body), not the site\'s summary', () => {
		expect(packages.map((p) => p.CFDocument.description)).toEqual(tree.pathways.map((p) => pathwayIntroductionFromFile(p.id)));
		expect(JSON.stringify(read('CFDocuments.json'))).not.toContain(tree.framework.summary);
	});

	test('dates every object with the content\'s edition, credits its creator as the references do, and names no publisher (the sources give none)', () => {
		const dates = new Set(JSON.stringify(packages).match(/"lastChangeDateTime":"[^"]+"/g));
		expect([...dates]).toEqual([`"lastChangeDateTime":"${tree.framework.date}T00:00:00Z"`]);
		expect(new Set(packages.map((p) => p.CFDocument.creator))).toEqual(new Set([tree.framework.publisher]));
		expect(packages.map((p) => p.CFDocument.publisher)).toEqual(packages.map(() => undefined));
	});

	test('holds every attribute of the content once, in its pathway\'s document, with its code and words', () => {
		const found = packages.flatMap((p, i) =>
			p.CFItems.filter((item: Obj) => item.CFItemType === 'Effective attribute').map((item: Obj) => `${tree.pathways[i]!.id} ${item.humanCodingScheme} ${item.fullStatement}`),
		);
		expect(found.sort()).toEqual(tree.attributes.map((a) => `${a.pathway} ${a.code} ${a.text}`).sort());
	});

	test('puts each attribute under its sub-capability and each sub-capability under its capability', () => {
		const parentCodes = (p: Obj) => {
			const byId = new Map<string, Obj>(p.CFItems.map((item: Obj) => [item.identifier, item]));
			return new Map<string, string>(p.CFAssociations.filter((a: Obj) => a.associationType === 'isChildOf')
				.map((a: Obj) => [byId.get(a.originNodeURI.identifier)!.humanCodingScheme, byId.get(a.destinationNodeURI.identifier)?.humanCodingScheme ?? 'document']));
		};
		packages.forEach((p, i) => {
			const parents = parentCodes(p);
			const mine = tree.attributes.filter((a: ExpectedAttribute) => a.pathway === tree.pathways[i]!.id);
			expect(mine.map((a) => parents.get(a.code))).toEqual(mine.map((a) => a.subCapabilityCode));
			expect(tree.subCapabilities.map((s) => parents.get(s.code))).toEqual(tree.subCapabilities.map((s) => tree.capabilities.find((c) => c.id === s.capability)!.code));
			expect(tree.capabilities.map((c) => parents.get(c.code))).toEqual(tree.capabilities.map(() => 'document'));
		});
	});

	test('links each capability and sub-capability to the same one in the pathways before and after it, and no other', () => {
		const documentOf = new Map(packages.flatMap((p, i) => p.CFItems.map((item: Obj) => [item.identifier, i])));
		packages.forEach((p, i) => {
			const across = p.CFAssociations.filter((a: Obj) => a.CFAssociationGroupingURI);
			const neighbours = [i - 1, i + 1].filter((n) => n >= 0 && n < packages.length);
			expect(new Set(across.map((a: Obj) => documentOf.get(a.destinationNodeURI.identifier)))).toEqual(new Set(neighbours));
			expect(across.length).toBe((tree.capabilities.length + tree.subCapabilities.length) * neighbours.length);
		});
	});

	test('every uri is a CASE file of this site, and every identifier is the name of its file', () => {
		const uris = [...new Set(files.flatMap((f) => readFileSync(path.join(caseDir, f), 'utf8').match(/"uri": "[^"]+"/g) ?? []))].map((u) => new URL(u.slice(8, -1)).pathname);
		const served = (pathname: string) => fileFor(pathname) ?? (pathname.endsWith('/CFDocuments') ? fileFor(`${pathname}.json`) : undefined);
		expect(uris.filter((pathname) => !served(pathname))).toEqual([]);
		for (const item of packages.flatMap((p) => p.CFItems)) expect(item.uri).toMatch(new RegExp(`/ims/case/v1p1/CFItems/${item.identifier}$`));
	});

	test('each document and item links to its page on the site', () => {
		const pages = packages.flatMap((p) => [p.CFDocument.officialSourceURL, ...p.CFItems.map((i: Obj) => i.extensions['lcf:webpage'])]);
		const missing = pages.filter((url: string) => {
			const { pathname, hash } = new URL(url);
			const file = fileFor(pathname);
			return !file || (hash && !readFileSync(file, 'utf8').includes(`id="${hash.slice(1)}"`));
		});
		expect(missing).toEqual([]);
	});

	test('publishes 1EdTech\'s discovery document, localised to this host', () => {
		const discovery = read('discovery/imscasev1p1_openapi3_v1p0.json');
		const official = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../src/lib/case/openapi/imscasev1p1_openapi3_v1p0.json'), 'utf8'));
		expect(discovery.servers[0].variables.hostName.default).toBe(new URL(packages[0]!.CFDocument.uri).host);
		expect(Object.keys(discovery.paths)).toEqual(Object.keys(official.paths));
	});
});
