/**
 * A site that test files build once and share (the four-pathway site, the generated 2× site): built
 * into a folder of the system's temporary folder by whichever test file asks first, while the others
 * wait for it, and kept until what it was built from changes. On a 2-core machine a build is the
 * slowest thing a test does; two test files building the same site at once each take twice as long.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { takeLock } from '../../scripts/build-steps/build-folders.ts';
import { projectRoot, runScript, validContent } from './fixtures.ts';

/** What every built site depends on, besides its content: when any of it changes, it is built afresh. */
export const siteInputs = ['src', 'schemas', 'scripts', 'astro.config.mjs', 'package-lock.json'];

/** A digest of the files under `inputs` (paths from the project's root), their names and bytes. */
export function inputsDigest(inputs: readonly string[]): string {
	const hash = createHash('sha256');
	for (const input of inputs) {
		const full = path.join(projectRoot, input);
		const files = statSync(full).isDirectory() ? globSync('**/*', { cwd: full, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name)) : [full];
		for (const file of files.sort()) hash.update(`${path.relative(projectRoot, file)}\0`).update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * Runs `build` (which fills `home`) once for `key`: returns at once when `home` was built for `key`,
 * or for any key when `reuseAny` (`LCF_TEST_REUSE_DIST=1`); waits while another process builds it.
 */
export async function builtOnce(home: string, key: string, build: () => void | Promise<void>, reuseAny = false): Promise<void> {
	const done = path.join(home, 'built');
	const lock = `${home}.lock`;
	const ready = () => existsSync(done) && (reuseAny || readFileSync(done, 'utf8') === key);
	mkdirSync(path.dirname(home), { recursive: true });
	for (;;) {
		if (ready()) return;
		if (takeLock(lock).holder === undefined) break;
		// Another test file is building it: wait for it.
		await sleep(1000);
	}
	try {
		// It may have been finished between the look above and taking the lock.
		if (ready()) return;
		rmSync(home, { recursive: true, force: true });
		mkdirSync(home, { recursive: true });
		await build();
		writeFileSync(done, key);
	} finally {
		rmSync(lock, { force: true });
	}
}

let validSite: Promise<string> | undefined;

/**
 * The valid fixture content (`tests/fixtures/valid-content`: Pathways 1 and 4, with renamed ids)
 * built without PDFs, once for every test file that asks: its `dist` folder. Serve it, do not
 * change it: copy it first to add a file.
 */
export function validContentSite(): Promise<string> {
	validSite ??= (async () => {
		const key = inputsDigest(['tests/fixtures/valid-content', ...siteInputs]);
		const checkout = createHash('sha256').update(projectRoot).digest('hex').slice(0, 10);
		const home = path.join(tmpdir(), `lcf-test-valid-content-${checkout}`);
		const dist = path.join(home, 'dist');
		await builtOnce(home, key, () => {
			const content = path.join(home, 'content');
			cpSync(validContent, content, { recursive: true });
			const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
			if (status !== 0) throw new Error(`The valid fixture content did not build:\n${output}`);
		});
		return dist;
	})();
	return validSite;
}
