/**
 * schema.org JSON-LD on the pathway, capability and sub-capability pages: one script per page,
 * parsed as JSON, every type and property one schema.org defines for that type (vocabulary in
 * tests/fixtures/schema-org/), with the content's names and citation codes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentTree } from '../helpers/content-tree.ts';
import { fileFor } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/fixtures.ts';

type Node = Record<string, unknown>;
interface TypeRule { extends?: string; properties: string[]; required?: string[]; ranges?: Record<string, string[]> }
const vocabulary = JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/schema-org/vocabulary.json'), 'utf8')) as Record<string, TypeRule>;
const site = 'https://4c-leadership-framework.example';
let tree: Awaited<ReturnType<typeof contentTree>>;

beforeAll(async () => {
	tree = await contentTree();
});

/** Each of a type's properties, its own and inherited. */
const propertiesOf = (type: string): string[] => (vocabulary[type] ? [...vocabulary[type].properties, ...(vocabulary[type].extends ? propertiesOf(vocabulary[type].extends!) : [])] : []);
const rangesOf = (type: string): Record<string, string[]> => (vocabulary[type] ? { ...(vocabulary[type].extends ? rangesOf(vocabulary[type].extends!) : {}), ...vocabulary[type].ranges } : {});

/** What in a node (and the nodes inside it) breaks schema.org's definitions, as readable lines. */
function problems(node: Node, where = '$'): string[] {
	const type = node['@type'] as string;
	if (!vocabulary[type]) return [`${where}: "${type}" is not a type the vocabulary lists`];
	const found = Object.keys(node).filter((key) => !propertiesOf(type).includes(key)).map((key) => `${where}: ${type} has no property "${key}"`);
	found.push(...(vocabulary[type].required ?? []).filter((key) => node[key] === undefined).map((key) => `${where}: ${type} lacks "${key}"`));
	for (const [key, value] of Object.entries(node))
		for (const [i, inner] of (Array.isArray(value) ? value : [value]).entries())
			if (inner && typeof inner === 'object') {
				const range = rangesOf(type)[key];
				if (range && !range.includes((inner as Node)['@type'] as string)) found.push(`${where}.${key}: a ${type}'s ${key} cannot be a ${(inner as Node)['@type']}`);
				found.push(...problems(inner as Node, `${where}.${key}${Array.isArray(value) ? `[${i}]` : ''}`));
			}
	return found;
}

function linkedData(url: string): Node {
	const html = readFileSync(fileFor(url)!, 'utf8');
	const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
	expect(scripts, `${url} has one JSON-LD script`).toHaveLength(1);
	return JSON.parse(scripts[0]![1]!) as Node;
}

describe('the pages\' schema.org descriptions', () => {
	test('the checks can fail: an unknown property and a missing code are found', () =>
		expect(problems({ '@type': 'DefinedTerm', name: 'x', code: 'CU', inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'y' } })).toEqual(['$: DefinedTerm has no property "code"', '$: DefinedTerm lacks "termCode"']));

	test('each pathway page is a DefinedTermSet of its own, part of the framework\'s', () => {
		for (const pathway of tree.pathways) {
			const data = linkedData(`/pathways/${pathway.id}/`);
			expect(problems(data)).toEqual([]);
			expect(data).toMatchObject({ '@type': 'DefinedTermSet', name: `Pathway ${pathway.number}: ${pathway.title}`, url: `${site}/pathways/${pathway.id}/`, isPartOf: { '@type': 'DefinedTermSet', name: tree.framework.title } });
		}
	});

	test('each capability page is a DefinedTerm with its code, in the framework\'s set', () => {
		for (const capability of tree.capabilities) {
			const data = linkedData(`/capabilities/${capability.id}/`);
			expect(problems(data)).toEqual([]);
			expect(data).toMatchObject({ '@type': 'DefinedTerm', termCode: capability.code, name: capability.title, inDefinedTermSet: { name: tree.framework.title } });
		}
	});

	test('each sub-capability page is a DefinedTerm with its code', () => {
		for (const sub of tree.subCapabilities) {
			const data = linkedData(`/capabilities/${sub.capability}/${sub.id}/`);
			expect(problems(data)).toEqual([]);
			expect(data).toMatchObject({ '@type': 'DefinedTerm', termCode: sub.code, name: sub.title, url: `${site}/capabilities/${sub.capability}/${sub.id}/` });
		}
	});
});
