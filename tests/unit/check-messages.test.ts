/** The check's messages for mistakes an editor makes: one mistake, one problem, naming the real fix. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkAfter } from '../helpers/published-content.ts';

afterEach(() => vi.unstubAllEnvs());

const found = async (file: string, change: (text: string) => string) => (await checkAfter(file, change)).problems.map((p) => `${p.file.replace(/.*?(pathways|resources)\//, '$1/')}:${p.line ?? ''} ${p.field ?? ''}: ${p.message}`);

describe('empty frontmatter', () => {
	test('names line 1 and the fields it needs', async () => {
		expect(await found('pathways/pathway-1/pathway.mdx', (text) => text.replace(/^---\n[\s\S]*?\n---/, '---\n---'))).toEqual([
			'pathways/pathway-1/pathway.mdx:1 : has no fields between its two "---" lines: write them there, each on its own line, e.g. number:, title:, audience: (a file of the same kind shows how)',
		]);
	});
});
