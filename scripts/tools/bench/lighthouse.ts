/**
 * The benchmark's Lighthouse row: Lighthouse's mobile run with its simulated throttling (its
 * defaults), one page of each type, on the site served gzipped as any host serves it. Gives the
 * largest contentful paint and the four category scores.
 *
 * Lighthouse is no dependency of the project (it brings Puppeteer, Sentry and its trace engine, far
 * more than everything else the bench needs): it runs from node_modules when someone has installed
 * it, else through `npx --yes lighthouse@13`, which npm fetches into its own cache on first use.
 * Where neither works (no network to the npm registry) the row says why and the bench goes on.
 */
import { execFile } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath } from '../chromium.ts';

export const lighthouseVersion = '13';
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthousePage {
	/** Which kind of page: home, pathway, compare, search, action plan. */
	type: string;
	url: string;
	/** Largest contentful paint, simulated, ms. */
	lcpMs: number;
	/** 0–100 per category. */
	scores: Record<(typeof categories)[number], number>;
}

export type LighthouseRun = { version: string; pages: LighthousePage[] } | { skipped: string };

/** Each type of page to measure, and where its pages are in the built site. */
const kinds: [type: string, pattern: string][] = [
	['home', 'index.html'],
	['pathway', 'pathways/*/index.html'],
	['compare', 'compare/index.html'],
	['capability', 'capabilities/*/index.html'],
	['sub-capability', 'capabilities/*/*/index.html'],
	['curriculum area', 'curriculum-areas/*/index.html'],
	['citation', 'cite/*/index.html'],
	['search', 'search/index.html'],
	['action plan', 'action-plan/index.html'],
];

/** The page of each type to measure in the site built in `dir`: the first of its kind stands for them all. */
export function pageTypes(dir: string): { type: string; url: string }[] {
	return kinds.flatMap(([type, pattern]) => {
		const [first] = globSync(pattern, { cwd: dir }).sort();
		return first ? [{ type, url: `/${first.replace(/index\.html$/, '')}` }] : [];
	});
}

const run = promisify(execFile);

/** The command that runs Lighthouse: the installed one, else npx's. */
function command(root: string): [string, string[]] {
	const installed = path.join(root, 'node_modules/lighthouse/cli/index.js');
	if (existsSync(installed)) return [process.execPath, [installed]];
	return ['npx', ['--yes', `lighthouse@${lighthouseVersion}`]];
}

/** Runs Lighthouse on each page of `origin` in turn; a failure to run it at all comes back as `skipped`. */
export async function runLighthouse(root: string, origin: string, pages: { type: string; url: string }[]): Promise<LighthouseRun> {
	const [file, prefix] = command(root);
	// npx runs Lighthouse with the `node` first on PATH: this Node 24, which Lighthouse 13 needs (≥ 22.19).
	const env = { ...process.env, CHROME_PATH: await chromiumPath(), PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}` };
	const out = mkdtempSync(path.join(os.tmpdir(), 'lcf-lighthouse-'));
	const measured: LighthousePage[] = [];
	let version = lighthouseVersion;
	try {
		for (const page of pages) {
			const report = path.join(out, `${measured.length}.json`);
			const args = [
				...prefix,
				`${origin}${page.url}`,
				'--quiet',
				'--output=json',
				`--output-path=${report}`,
				`--only-categories=${categories.join(',')}`,
				// The same switches as scripts/tools/chromium.ts: none that changes how pages load.
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync',
			];
			try {
				await run(file, args, { env, timeout: 180_000, maxBuffer: 16 * 2 ** 20 });
			} catch (error) {
				if (!existsSync(report)) return { skipped: `Lighthouse did not run (${firstLine(error)})` };
			}
			const lhr = JSON.parse(readFileSync(report, 'utf8')) as Report;
			if (lhr.runtimeError) return { skipped: `Lighthouse failed on ${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message ?? ''}`.trim() };
			version = lhr.lighthouseVersion;
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			measured.push({
				...page,
				lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
				scores: Object.fromEntries(categories.map((id) => [id, score(id)])) as LighthousePage['scores'],
			});
		}
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
	return { version, pages: measured };
}

interface Report {
	lighthouseVersion: string;
	runtimeError?: { code: string; message?: string };
	categories: Record<string, { score: number | null } | undefined>;
	audits: Record<string, { numericValue?: number } | undefined>;
}

const firstLine = (error: unknown) => String((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n').at(-1)?.slice(0, 200);

/** "LCP 0.77 s · 100 / 100 / 100 / 100" for the table. */
export function lighthouseCell(page: LighthousePage | undefined): string {
	if (!page) return '–';
	return `LCP ${(page.lcpMs / 1000).toFixed(2)} s · ${categories.map((id) => page.scores[id]).join(' / ')}`;
}
