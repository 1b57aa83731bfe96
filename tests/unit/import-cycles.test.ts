/**
 * No module imports itself through others: a cycle makes load order matter and two files that
 * cannot be read apart (`problems.ts` and `read.ts` were one). Reads every relative import.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/fixtures.ts';

const files = globSync('{src,schemas,scripts}/**/*.{ts,astro,mjs}', { cwd: projectRoot });
const importPattern = /(?:from\s+|import\s*\(\s*|import\s+|src=)["'](\.\.?\/[^"']+)["']/g;

/** Each file's relative imports, as paths from the project root. */
function importGraph(): Map<string, string[]> {
	return new Map(
		files.map((file) => {
			const text = readFileSync(path.join(projectRoot, file), 'utf8');
			const targets = [...text.matchAll(importPattern)].map((m) => path.normalize(path.join(path.dirname(file), m[1]!)));
			return [file, targets.filter((target) => files.includes(target))];
		}),
	);
}

/** Every cycle, as the files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
	const found: string[][] = [];
	const done = new Set<string>();
	const visit = (file: string, trail: string[]) => {
		if (trail.includes(file)) return void found.push([...trail.slice(trail.indexOf(file)), file]);
		if (done.has(file)) return;
		for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
		done.add(file);
	};
	for (const file of graph.keys()) visit(file, []);
	return found;
}

describe('imports', () => {
	test('finds a cycle when there is one', () => expect(cycles(new Map([['a', ['b']], ['b', ['a']]]))).toEqual([['a', 'b', 'a']]));

	test('reads the imports of the code', () => expect([...importGraph().values()].flat().length).toBeGreaterThan(50));

	test('have no cycle', () => expect(cycles(importGraph()).map((cycle) => cycle.join(' → '))).toEqual([]));
});
