/**
 * Vitest's global setup for both tiers: one temporary folder for the run, which the fixtures'
 * copies go into (`contentFolder`) and which is removed when the run ends. Each copy used to stay
 * behind in the system's temporary folder, about a thousand a run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function temporaryFolders() {
	// Both tiers name this setup: the first makes the folder, and removes it at the end of the run.
	if (process.env['LCF_TEST_TMP']) return;
	const dir = mkdtempSync(path.join(tmpdir(), 'lcf-test-run-'));
	process.env['LCF_TEST_TMP'] = dir;
	return () => rmSync(dir, { recursive: true, force: true });
}
