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
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot, runScript } from './fixtures.ts';
import { builtOnce, inputsDigest, siteInputs } from './shared-build.ts';

/** Pathway 1 and Pathway 4 as content files, laid over a copy of `content/`. */
export const fourPathwaysFixture = path.join(projectRoot, 'tests/fixtures/four-pathways');

/** Long enough for one build on a busy machine, for a `beforeAll` that waits for the site. */
export const fourPathwaysTimeout = 15 * 60_000;

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
	const key = inputsDigest(['content', 'tests/fixtures/four-pathways', ...siteInputs]);
	const home = path.join(tmpdir(), `lcf-four-pathways-${key}`);
	const dist = path.join(home, 'dist');
	await builtOnce(home, key, () => {
		const content = fourPathwaysContent(path.join(home, 'content'));
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
		if (status !== 0) throw new Error(`The four-pathway site did not build:\n${output}`);
	});
	return dist;
}
