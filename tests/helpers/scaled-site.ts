/**
 * A site built from content generated at `scale` times the real framework, as the benchmark makes it
 * (scripts/tools/bench/generate.ts), and built as the benchmark builds it (no PDFs), so that tests can
 * hold the byte budgets on a framework that has grown. Built once per run into the system's temporary
 * folder, in a folder of this checkout's own; `LCF_TEST_REUSE_DIST=1` reuses one already built.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateContent, type GeneratedContent } from '../../scripts/tools/bench/generate.ts';
import { runBuild } from '../../scripts/tools/bench/run-build.ts';
import { projectRoot } from './fixtures.ts';

export interface ScaledSite {
	dist: string;
	content: Omit<GeneratedContent, 'dir'>;
}

export async function scaledSite(scale: number): Promise<ScaledSite> {
	// Several checkouts on one machine must not share (or lock each other out of) one folder.
	const checkout = createHash('sha256').update(projectRoot).digest('hex').slice(0, 10);
	const work = path.join(tmpdir(), `lcf-test-${scale}x-${checkout}`);
	const dist = path.join(work, 'dist');
	const contentDir = path.join(work, 'content');
	const reuse = process.env['LCF_TEST_REUSE_DIST'] === '1' && existsSync(path.join(dist, 'index.html')) && existsSync(contentDir);
	if (!reuse) rmSync(contentDir, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	// Generating is quick and gives the counts; only the build is worth reusing.
	const generated = reuse ? generateContent(path.join(projectRoot, 'content'), path.join(work, 'counted'), scale) : generateContent(path.join(projectRoot, 'content'), contentDir, scale);
	if (reuse) rmSync(path.join(work, 'counted'), { recursive: true, force: true });
	else await runBuild(projectRoot, contentDir, dist);
	const { dir: _dir, ...content } = generated;
	return { dist, content };
}
