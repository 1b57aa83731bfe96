/** `npm run links:publish` writes the registry of the content it publishes: `LCF_CONTENT_DIR`'s, not the project's (found by the review). */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { projectRoot, runScript } from '../helpers/fixtures.ts';

test('records the published links in the registry of LCF_CONTENT_DIR, and leaves the project\'s alone', () => {
	const content = path.join(mkdtempSync(path.join(process.env['LCF_TEST_TMP'] ?? tmpdir(), 'lcf-publish-')), 'content');
	cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
	const own = path.join(projectRoot, 'content/published-links.json');
	const before = readFileSync(own, 'utf8');
	// One link not yet recorded there: publishing records it again.
	const copy = path.join(content, 'published-links.json');
	writeFileSync(copy, readFileSync(copy, 'utf8').replace(/\n\t\t\{"url":"\/links\/pathway-2\/"\},/, ''));
	expect(readFileSync(copy, 'utf8')).not.toContain('"/links/pathway-2/"');
	const { status, output } = runScript('scripts/publish-links.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: distDir });
	expect(status, output).toBe(0);
	expect(readFileSync(copy, 'utf8')).toContain('{"url":"/links/pathway-2/"}');
	expect(readFileSync(own, 'utf8')).toBe(before);
});
