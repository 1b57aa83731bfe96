/** Fixture content folders: the valid one, and the valid one with an error class laid over it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const validContent = path.join(projectRoot, 'tests/fixtures/valid-content');
export const badContent = path.join(projectRoot, 'tests/fixtures/bad-content');

/** A pathway's introduction as its source gives it, read from the file: the body of `content/pathways/<id>/pathway.mdx`, its spaces joined. */
export function pathwayIntroductionFromFile(id: string, contentDir = path.join(projectRoot, 'content')): string {
	const text = readFileSync(path.join(contentDir, 'pathways', id, 'pathway.mdx'), 'utf8');
	return text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\s+/g, ' ').trim();
}

/** A temporary copy of the valid fixture with the files of `badCase` (if any) laid over it, in the test run's folder (temporary-folders.ts). */
export function contentFolder(badCase?: string): string {
	const dir = mkdtempSync(path.join(process.env['LCF_TEST_TMP'] ?? tmpdir(), `lcf-${badCase ?? 'valid'}-`));
	cpSync(validContent, dir, { recursive: true });
	// Links as written, relative to where they sit: the symbolic-link cases point into the copy.
	const options = { recursive: true, verbatimSymlinks: true };
	if (badCase) cpSync(path.join(badContent, badCase), dir, options);
	return dir;
}

/** Runs one of the project's scripts as an editor would, with its own environment. */
export function runScript(script: string, env: Record<string, string>) {
	const result = spawnSync(process.execPath, [path.join(projectRoot, script)], {
		cwd: projectRoot,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
