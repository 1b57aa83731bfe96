/** The check knows every page the content makes, so a published one is never reported as gone: the pages of links and of each pair's comparison too. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { validateContent } from '../../src/check/validate.ts';
import { fourPathwaysContent } from '../helpers/four-pathways.ts';

afterEach(() => vi.unstubAllEnvs());

test('pages of links and pair comparisons that the content makes pass; ones it does not are reported', async () => {
	const dir = fourPathwaysContent();
	const file = path.join(dir, 'published-links.json');
	const registry = JSON.parse(readFileSync(file, 'utf8')) as { links: { url: string }[] };
	const made = ['/links/pathway-1/', '/links/pathway-4/', '/compare/pathway-2/', '/compare/pathway-3/'];
	const gone = ['/links/pathway-9/', '/compare/pathway-4/'];
	registry.links.push(...[...made, ...gone].map((url) => ({ url })));
	writeFileSync(file, JSON.stringify(registry, null, '\t'));
	vi.stubEnv('LCF_CONTENT_DIR', dir);
	const { problems } = await validateContent();
	expect(problems.map((p) => p.message.split(' is published')[0])).toEqual(gone);
});
