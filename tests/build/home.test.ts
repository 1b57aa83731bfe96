/** The built home page lists the framework from the collections. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/fixtures.ts';

const home = () => readFileSync(path.join(projectRoot, 'dist/index.html'), 'utf8');

describe('home page', () => {
	test('lists the pathways, capabilities and curriculum areas', () => {
		const html = home();
		for (const text of ['Pathway 2: Middle Leaders', 'Pathway 3: Heads of Service and service managers', 'Maintaining Curiosity', 'Expanding Capacity', 'Listening to Children &amp; Families', 'Working with Partners'])
			expect(html).toContain(text);
	});

	test('is in British English', () => expect(home()).toContain('<html lang="en-GB"'));
});
