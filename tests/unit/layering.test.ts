/**
 * The model's layering, checked on the source: components and layouts take props only, and a
 * pathway's name is made in one place, so that a new pathway or a renamed one changes it everywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
		.map((entry) => path.join(entry.parentPath, entry.name));

describe('components and layouts', () => {
	test.each([...files('src/components'), ...files('src/layouts')])('%s imports neither the model loader nor astro:content', (file) => {
		const source = readFileSync(file, 'utf8');
		expect(source).not.toMatch(/from ['"]astro:content['"]/);
		expect(source).not.toMatch(/get-model(\.ts)?['"]/);
	});
});

describe('the pathway label', () => {
	test('is made only by pathwayLabels (src/lib/labels.ts)', () => {
		const makers = [...files('src'), ...files('schemas')].filter((file) => /Pathway \$\{|>\s*Pathway \{/.test(readFileSync(file, 'utf8')));
		expect(makers).toEqual(['src/lib/labels.ts']);
	});
});

describe('the direction of imports', () => {
	test('nothing in src/ or schemas/ imports from scripts/ (entry points and build steps use them, never the reverse)', () => {
		const upward = [...files('src'), ...files('schemas')].filter((file) => /^import[^;]*from ['"](\.\.\/)+scripts\//m.test(readFileSync(file, 'utf8')));
		expect(upward).toEqual([]);
	});
});
