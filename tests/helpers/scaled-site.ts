/**
 * A site built from content generated at `scale` times the real framework, as the benchmark makes it
 * (scripts/tools/bench/generate.ts), and built as the benchmark builds it (no PDFs), so that tests can
 * hold the byte budgets, and try the pages, on a framework that has grown. Built once into the system's
 * temporary folder, in a folder of this checkout's own, and shared by every test file that asks
 * (tests/helpers/shared-build.ts) until the code or the content changes; `LCF_TEST_REUSE_DIST=1`
 * reuses one already built whatever changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateContent, type GeneratedContent } from '../../scripts/tools/bench/generate.ts';
import { runBuild } from '../../scripts/tools/bench/run-build.ts';
import { projectRoot } from './fixtures.ts';
import { builtOnce, inputsDigest, siteInputs } from './shared-build.ts';

export interface ScaledSite {
	dist: string;
	content: Omit<GeneratedContent, 'dir'>;
}

/** Long enough for one build of a small scale on a busy machine, for a `beforeAll` that waits for the site. */
export const scaledSiteTimeout = 15 * 60_000;

const sites = new Map<number, Promise<ScaledSite>>();

/** The site at `scale`, building it first if no test file has yet (and waiting if one is). */
export function scaledSite(scale: number): Promise<ScaledSite> {
	if (!sites.has(scale)) sites.set(scale, buildScaled(scale));
	return sites.get(scale)!;
}

async function buildScaled(scale: number): Promise<ScaledSite> {
	// Several checkouts on one machine must not share (or lock each other out of) one folder.
	const checkout = createHash('sha256').update(projectRoot).digest('hex').slice(0, 10);
	const work = path.join(tmpdir(), `lcf-test-${scale}x-${checkout}`);
	const dist = path.join(work, 'dist');
	const counts = path.join(work, 'content.json');
	await builtOnce(work, `${scale}x ${inputsDigest(['content', ...siteInputs])}`, async () => {
		const { dir, ...content } = generateContent(path.join(projectRoot, 'content'), path.join(work, 'content'), scale);
		writeFileSync(counts, JSON.stringify(content));
		await runBuild(projectRoot, dir, dist);
	}, process.env['LCF_TEST_REUSE_DIST'] === '1');
	return { dist, content: JSON.parse(readFileSync(counts, 'utf8')) as ScaledSite['content'] };
}
