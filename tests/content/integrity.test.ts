/** The shipped content: complete, consistent, and faithful to the source documents. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent, type ValidationResult } from '../../src/check/validate.ts';
import type { Attribute } from '../../schemas/index.ts';
import { projectRoot } from '../helpers/fixtures.ts';

let result: ValidationResult;
let attributes: Attribute[];
const ofPathway = (id: string) => attributes.filter((a) => a.pathway === id);

beforeAll(async () => {
	result = await validateContent(projectRoot);
	attributes = result.content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
});

describe('shipped content', () => {
	test('has no problems', () => expect(result.problems).toEqual([]));

	test('has the 4 capabilities, 28 sub-capabilities and 9 curriculum areas', () => {
		expect(result.content.capabilities.map((c) => c.value.shortName)).toEqual(['Curiosity', 'Clarity', 'Complexity', 'Capacity']);
		expect(result.content.subCapabilities).toHaveLength(28);
		for (const { value } of result.content.capabilities)
			expect(result.content.subCapabilities.filter((s) => s.value.capability === value.id)).toHaveLength(7);
		expect(result.content.curriculumAreas).toHaveLength(9);
	});

	test('has Pathway 2 with 50 attributes and Pathway 3 with 43', () => {
		expect(result.content.pathways.map((p) => p.id).sort()).toEqual(['pathway-2', 'pathway-3']);
		expect(ofPathway('pathway-2')).toHaveLength(50);
		expect(ofPathway('pathway-3')).toHaveLength(43);
	});

	test('has every sub-capability on every pathway', () => {
		for (const pathway of result.content.pathways)
			for (const { value } of result.content.subCapabilities)
				expect(ofPathway(pathway.id!).some((a) => a.subCapability === value.id), `${pathway.id} ${value.id}`).toBe(true);
	});

	test('tags every attribute, from the source symbol on Pathway 2 and editorially on Pathway 3', () => {
		for (const attribute of attributes) expect(attribute.areas.length, attribute.id).toBeGreaterThan(0);
		expect(ofPathway('pathway-2').every((a) => a.areasFrom === 'source' && a.sourceSymbol)).toBe(true);
		expect(ofPathway('pathway-3').every((a) => a.areasFrom === 'editorial' && !a.sourceSymbol)).toBe(true);
	});

	test('keeps the symbol counts of the Pathway 2 source', () => {
		const counts: Record<string, number> = {};
		for (const a of ofPathway('pathway-2')) counts[a.sourceSymbol!] = (counts[a.sourceSymbol!] ?? 0) + 1;
		expect(counts).toEqual({ '🧠': 17, '🗣️': 21, '🏢': 2, '🛠️': 7, '❤️': 1, '🌱': 2 });
	});

	test('uses each id once', () => {
		const ids = [...attributes.map((a) => a.id), ...result.content.subCapabilities.map((s) => s.value.id)];
		expect(new Set(ids).size).toBe(ids.length);
	});
});

// The seeds sit beside the project in CI and on developers' machines, not in a clone on its own.
const seeds = path.resolve(projectRoot, '../shared/seeds');
const normalise = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe.skipIf(!existsSync(seeds))('faithful to the source documents', () => {
	const seed = (name: string) => normalise(readFileSync(path.join(seeds, name), 'utf8'));

	test.each([
		['pathway-2', '001_15348fd48768d9e4.txt'],
		['pathway-3', '002_b659a0a10cb81ecb.txt'],
	])('has every %s statement word for word as in its source', (pathway, file) => {
		const source = seed(file);
		for (const attribute of ofPathway(pathway)) expect(source, attribute.id).toContain(normalise(attribute.text));
	});

	test('has every sub-capability title and description word for word as in Pathway 2', () => {
		const source = seed('001_15348fd48768d9e4.txt');
		for (const { value } of result.content.subCapabilities) {
			expect(source).toContain(normalise(`${value.title} ${value.description}`));
		}
	});
});
