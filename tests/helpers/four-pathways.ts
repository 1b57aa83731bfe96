/**
 * The site with four pathways: the real content plus an invented Pathway 1 and Pathway 4
 * (`tests/fixtures/four-pathways/`, content files only, clearly fake), built as `npm run build`
 * builds (without the PDFs) into a temporary folder. It is built once and shared: by every test
 * file that asks, at the same time or later, until the code or the content changes.
 *
 *     import { fourPathwaysSite, fourPathwaysTimeout } from '../helpers/four-pathways.ts';
 *     let dist: string;
 *     beforeAll(async () => { dist = await fourPathwaysSite(); }, fourPathwaysTimeout);
 *     // then files in `dist`, or `serveDist(dist)` from ./server.ts for a browser:
 *     // in a browser test, `useBrowserAndSite(fourPathwaysSite)` from ./browser.ts serves it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot, runScript } from './fixtures.ts';
import { takeLock } from '../../scripts/build-steps/build-folders.ts';

/** Pathway 1 and Pathway 4 as content files, laid over a copy of `content/`. */
export const fourPathwaysFixture = path.join(projectRoot, 'tests/fixtures/four-pathways');

/** Long enough for one build on a busy machine, for a `beforeAll` that waits for the site. */
export const fourPathwaysTimeout = 15 * 60_000;

// What the built site depends on: when any of it changes, the site is built afresh.
const inputs = ['content', 'tests/fixtures/four-pathways', 'src', 'schemas', 'scripts', 'astro.config.mjs', 'package-lock.json'];

function inputsDigest(): string {
	const hash = createHash('sha256');
	for (const input of inputs) {
		const full = path.join(projectRoot, input);
		const files = statSync(full).isDirectory() ? globSync('**/*', { cwd: full, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name)) : [full];
		for (const file of files.sort()) hash.update(`${path.relative(projectRoot, file)}\0`).update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
}

/** A fresh copy of the real content with the fixture's two pathways added. */
export function fourPathwaysContent(dir = path.join(tmpdir(), `lcf-four-pathways-content-${process.pid}-${Date.now()}`)): string {
	cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
	cpSync(fourPathwaysFixture, dir, { recursive: true });
	return dir;
}

let built: Promise<string> | undefined;

/** The built four-pathway site's folder (its `dist`), building it first if no test has yet. */
export function fourPathwaysSite(): Promise<string> {
	built ??= buildOnce();
	return built;
}

async function buildOnce(): Promise<string> {
	const home = path.join(tmpdir(), `lcf-four-pathways-${inputsDigest()}`);
	const dist = path.join(home, 'dist');
	const done = path.join(home, 'built');
	const lock = `${home}.lock`;
	mkdirSync(path.dirname(home), { recursive: true });
	for (;;) {
		if (existsSync(done)) return dist;
		// Another test file is building it: wait for it.
		if (takeLock(lock).holder === undefined) break;
		await sleep(1000);
	}
	try {
		rmSync(home, { recursive: true, force: true });
		const content = fourPathwaysContent(path.join(home, 'content'));
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
		if (status !== 0) throw new Error(`The four-pathway site did not build:\n${output}`);
		writeFileSync(done, output);
		return dist;
	} finally {
		rmSync(lock, { force: true });
	}
}
