/**
 * /action-plan/ does not carry the framework: each pathway's attributes are a file of their own,
 * loaded when a plan for the pathway is opened, so that the page's weight does not grow with them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { PlannerCatalogue } from '../../src/lib/action-plan-data.ts';
import { attributes, attributesOf, pathways } from '../helpers/content.ts';
import { distDir } from '../helpers/dist.ts';

const page = readFileSync(path.join(distDir, 'action-plan/index.html'), 'utf8');

describe('/action-plan/', () => {
	test('holds none of the attributes’ statements', () => {
		const embedded = attributes.filter((a) => page.includes(a.text.replaceAll('&', '&amp;').slice(0, 60)) || page.includes(a.id));
		expect(embedded.map((a) => a.id)).toEqual([]);
	});

	test.for(pathways)('$id: its attributes are at /action-plan/$id.json, in framework order', (pathway) => {
		const file = path.join(distDir, 'action-plan', `${pathway.id}.json`);
		expect(existsSync(file), `${file} is missing`).toBe(true);
		const catalogue = JSON.parse(readFileSync(file, 'utf8')) as PlannerCatalogue;
		expect(new Set(catalogue.attributes.map((a) => a.id))).toEqual(new Set(attributesOf(pathway.id).map((a) => a.id)));
		expect(catalogue.attributes.every((a) => a.pathway === pathway.id && a.url.startsWith(`/pathways/${pathway.id}/#`))).toBe(true);
	});
});
