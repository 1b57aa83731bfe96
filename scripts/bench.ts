/**
 * `npm run bench`: how build time, memory, page weight and search cost grow with the content.
 * Generates content at 1×, 2×, 10× and 50× the real framework (1× is the real content; 2× has four
 * pathways, as when Pathways 1 and 4 arrive) into a temporary folder, builds each several times (no
 * PDFs), measures the built sites and their search in Chromium, runs Lighthouse on one page of each
 * type, prints a table and writes every figure to `bench-results.json` in the temp folder.
 *
 *   npm run bench -- --scales 1,2,10,50 --runs 5 --search-runs 5 --minutes 13 --versions 10 --lighthouse 1,2 --keep
 *
 * `--versions N` adds N synthetic earlier versions of the content to every scale (none by default).
 * `--lighthouse` names the scales to run Lighthouse on (`all`, `none`, or a list; 1× and 2× by default).
 * Lighthouse is optional: see tools/bench/lighthouse.ts.
 *
 * Builds go round by round (one of each scale per round), so that a slow spell on a shared machine
 * does not fall on one scale only; a round that would end past `--minutes` is not started.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, generateContent, type GeneratedContent } from './tools/bench/generate.ts';
import { runBuild, type BuildRun } from './tools/bench/run-build.ts';
import { pageTypes, runLighthouse, type LighthouseRun } from './tools/bench/lighthouse.ts';
import { measureSearch, type SearchCost } from './tools/bench/search-cost.ts';
import { spread } from './tools/bench/stats.ts';
import { addSyntheticVersions } from './tools/bench/versions.ts';
import { renderGrowth, renderTable, type ScaleResult } from './tools/bench/table.ts';
import { measureWeights, type SiteWeights } from './tools/bench/weights.ts';
import { launchBrowser } from './tools/chromium.ts';
import { serveSite } from './tools/static-server.ts';

const { values: options } = parseArgs({
	options: {
		scales: { type: 'string', default: '1,2,10,50' },
		runs: { type: 'string', default: '5' },
		'search-runs': { type: 'string', default: '5' },
		minutes: { type: 'string', default: '13' },
		versions: { type: 'string', default: '0' },
		lighthouse: { type: 'string' },
		keep: { type: 'boolean', default: false },
	},
});
const scales = options.scales.split(',').map(Number);
const runs = Number(options.runs);
const searchRuns = Number(options['search-runs']);
const versions = Number(options.versions);
const deadline = performance.now() + Number(options.minutes) * 60_000;
if (scales.some((k) => !Number.isInteger(k) || k < 1) || !(runs >= 1) || !(searchRuns >= 1))
	throw new Error('--scales takes whole numbers from 1, e.g. 1,10,50; --runs and --search-runs a number from 1');
if (!Number.isInteger(versions) || versions < 0) throw new Error('--versions takes a whole number, e.g. 10');
// About half a minute a page on a busy 2-core machine, so by default only on the real content and 2×.
const lighthouseScales = !options.lighthouse ? scales.filter((k) => k <= 2) : options.lighthouse === 'all' ? scales : options.lighthouse === 'none' ? [] : options.lighthouse.split(',').map(Number);
if (lighthouseScales.some((k) => !scales.includes(k))) throw new Error(`--lighthouse takes all, none or some of the scales (${options.scales})`);

/** The site-wide budget for one page's first load, from the CI budgets, to show which pages pass it as content grows. */
const pageLimit = 60 * 1024;
const root = process.cwd();
const work = mkdtempSync(path.join(os.tmpdir(), 'lcf-bench-'));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const progress = (message: string) => console.log(`[${elapsed()}] ${message}`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

progress(`Benchmarking ${scales.map((k) => `${k}×`).join(', ')}${versions ? ` with ${versions} synthetic earlier versions` : ''} in ${work}: ${runs} builds each (no PDFs), ${searchRuns} searches.`);

// 1. Content.
const content = new Map<number, GeneratedContent>();
for (const scale of scales) {
	const dir = path.join(work, `${scale}x`);
	mkdirSync(dir);
	const generated = generateContent(path.join(root, 'content'), path.join(dir, 'content'), scale);
	addSyntheticVersions(generated.dir, versions);
	await checkContent(root, generated.dir);
	content.set(scale, generated);
	progress(`${scale}×: generated and checked ${generated.pathways} pathways, ${generated.attributes} attributes, ${generated.resources} resources.`);
}

// 2. Builds, round by round, while the next round fits in the time allowed.
const builds = new Map<number, BuildRun[]>(scales.map((k) => [k, []]));
const distOf = (scale: number) => path.join(work, `${scale}x`, 'dist');
let roundMs = 0;
for (let round = 1; round <= runs; round++) {
	// Measuring the sites afterwards takes about as long as one round (a generous guess).
	if (round > 1 && performance.now() + 2 * roundMs > deadline) {
		progress(`Stopping after ${round - 1} rounds: another would end past --minutes ${options.minutes}.`);
		break;
	}
	const roundStart = performance.now();
	for (const scale of scales) {
		const run = await runBuild(root, content.get(scale)!.dir, distOf(scale));
		builds.get(scale)!.push(run);
		const largest = run.peakProcessBytes ? `, largest process ${mib(run.peakProcessBytes)}` : '';
		progress(`${scale}× build ${round}/${runs}: ${(run.wallMs / 1000).toFixed(1)} s, peak ${mib(run.peakTreeBytes)} for all its processes${largest}.`);
	}
	roundMs = performance.now() - roundStart;
}

// 3. The built sites: weights, index, and search in Chromium.
const weights = new Map<number, SiteWeights>();
for (const scale of scales) {
	weights.set(scale, measureWeights(distOf(scale), pageLimit));
	progress(`${scale}×: measured ${weights.get(scale)!.pages} pages.`);
}
const searches = new Map<number, SearchCost>();
const browser = await launchBrowser();
try {
	for (const scale of scales) {
		const server = await serveSite(distOf(scale));
		try {
			const cost = await measureSearch(browser, server.url, { timedRuns: searchRuns });
			if (!cost.results) throw new Error(`Searching the ${scale}× site for "${cost.query}" found nothing, so its cost means nothing.`);
			searches.set(scale, cost);
			const offSite = cost.offSite.length ? `; it asked other sites for ${cost.offSite.join(', ')}, so it was not timed` : '';
			progress(`${scale}×: search measured (${cost.results} results for "${cost.query}"${offSite}).`);
		} finally {
			await server.close();
		}
	}
} finally {
	await browser.close();
}
// Lighthouse starts its own Chromium, page by page, on the site served gzipped.
const lighthouse = new Map<number, LighthouseRun>();
for (const scale of lighthouseScales) {
	const server = await serveSite(distOf(scale), { gzip: true });
	try {
		const run = await runLighthouse(root, server.url, pageTypes(distOf(scale)));
		lighthouse.set(scale, run);
		progress(`${scale}×: ${'skipped' in run ? run.skipped : `Lighthouse ${run.version} ran on ${run.pages.length} pages`}.`);
		if ('skipped' in run) break;
	} finally {
		await server.close();
	}
}

// 4. Results.
const results: ScaleResult[] = scales.map((scale) => {
	const { pathways, attributes, resources } = content.get(scale)!;
	const done = builds.get(scale)!;
	const search = searches.get(scale)!;
	return {
		scale,
		content: { pathways, attributes, resources },
		builds: done,
		wall: spread(done.map((r) => r.wallMs)),
		memory: spread(done.map((r) => r.peakTreeBytes)),
		weights: weights.get(scale)!,
		search,
		searchTime: search.timesMs.length ? spread(search.timesMs) : undefined,
		lighthouse: lighthouse.get(scale),
	};
});

const commit = (() => {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
	} catch {
		return undefined;
	}
})();
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version, platform: `${process.platform} ${process.arch}` };
const jsonFile = path.join(os.tmpdir(), 'bench-results.json');
writeFileSync(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), commit, machine, results }, null, '\t')}\n`);

console.log(`\nLeadership Capability Framework benchmark, ${new Date().toISOString().slice(0, 10)}${commit ? `, commit ${commit}` : ''}: ${machine.cpus} cores, ${mib(machine.memoryBytes)}, Node ${machine.node}.`);
console.log('Builds without PDFs, each with no content cache. Weights: first load, text gzipped -9; search in headless Chromium on a local server.\n');
console.log(renderTable(results, pageLimit));
if (results.length > 1) console.log(`\nGrowth:\n${renderGrowth(results)}`);
console.log(`\nAll figures: ${jsonFile}`);
if (options.keep) console.log(`Content and sites kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
progress('Done.');
