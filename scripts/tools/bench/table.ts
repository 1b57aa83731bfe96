/** The benchmark's results as one Markdown table (a figure per row, a scale per column) and its growth. */
import type { PageSize } from '../measure.ts';
import { firstLoadGzip } from '../measure.ts';
import { categories, lighthouseCell, type LighthouseRun } from './lighthouse.ts';
import type { BuildRun } from './run-build.ts';
import type { SearchCost, Transfer } from './search-cost.ts';
import type { Spread } from './stats.ts';
import type { SiteWeights } from './weights.ts';

export interface ScaleResult {
	scale: number;
	content: { pathways: number; attributes: number; resources: number };
	builds: BuildRun[];
	/** Build wall time, ms. */
	wall: Spread;
	/** Peak memory of the whole build, all its processes together, bytes. */
	memory: Spread;
	weights: SiteWeights;
	search: SearchCost;
	/** Typing to first result, ms; undefined when search asked other sites for anything, and was not timed. */
	searchTime: Spread | undefined;
	/** Lighthouse on one page of each type; undefined where it was not asked for. */
	lighthouse?: LighthouseRun | undefined;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const firstLoadRaw = (page: PageSize) => page.html.raw + page.css.raw + page.js.raw + page.images.raw;
const spreadOf = (s: Spread, format: (n: number) => string) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

/** "21.3 KB in 3: HTML 12.8 · CSS 3.5 · JS 1.2 · images 3.3" */
function firstLoad(page: PageSize): string {
	const parts = [`HTML ${kb(page.html.gzip)}`, `CSS ${kb(page.css.gzip)}`, `JS ${kb(page.js.gzip)}`, `img ${kb(page.images.gzip)}`];
	return `${kb(firstLoadGzip(page))} KB in ${page.requests}: ${parts.join(' · ')}`;
}
const transfer = (t: Transfer) => `${kb(t.gzip)} KB in ${t.requests} (${kb(t.raw)} raw)`;

export function renderTable(results: ScaleResult[], pageLimit: number): string {
	const runs = (r: ScaleResult) => r.builds.length;
	const rows: [string, (r: ScaleResult) => string][] = [
		['Content: pathways · attributes · resources', (r) => `${r.content.pathways} · ${r.content.attributes} · ${r.content.resources}`],
		['Pages built', (r) => String(r.weights.pages)],
		['Build wall time, s (median, min–max)', (r) => `${spreadOf(r.wall, (ms) => (ms / 1000).toFixed(1))}, ${runs(r)} runs`],
		['Peak memory of the build, MiB', (r) => spreadOf(r.memory, (b) => (b / 2 ** 20).toFixed(0))],
		[`Pathway page (${results[0]?.weights.pathway.url}) first load, KB gzip, requests`, (r) => firstLoad(r.weights.pathway)],
		['Pathway page first load, KB raw', (r) => kb(firstLoadRaw(r.weights.pathway))],
		['/compare/ first load, KB gzip, requests', (r) => firstLoad(r.weights.compare)],
		['/compare/ first load, KB raw', (r) => kb(firstLoadRaw(r.weights.compare))],
		['Heaviest page, KB gzip', (r) => `${r.weights.heaviest.url} ${kb(firstLoadGzip(r.weights.heaviest))}`],
		[`Pages over ${pageLimit / 1024} KB gzip`, (r) => (r.weights.over.length ? r.weights.over.map((p) => `${p.url} ${kb(p.gzip)}`).join(', ') : 'none')],
		['Pagefind index on disk, KB (files)', (r) => `${kb(r.weights.index.bytes)} (${r.weights.index.files})`],
		['Opening /search/, KB gzip, requests', (r) => transfer(r.search.open)],
		[`First query "${results[0]?.search.query}", KB gzip, requests`, (r) => `${transfer(r.search.firstQuery)}, ${r.search.results} results`],
		['Typing to first result, ms (median, min–max)', (r) => (r.searchTime ? `${spreadOf(r.searchTime, (ms) => ms.toFixed(0))}, ${r.search.timesMs.length} runs` : 'not timed')],
		['Requests to other sites while searching', (r) => r.search.offSite.join(', ') || 'none'],
		...lighthouseRows(results),
	];
	const table = [['', ...results.map((r) => `${r.scale}×`)], ...rows.map(([label, cell]) => [label, ...results.map(cell)])];
	const widths = table[0]!.map((_, column) => Math.max(3, ...table.map((row) => row[column]!.length)));
	const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
	return [line(table[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n');
}

/** A row per page type: "LCP 0.77 s · 100 / 100 / 100 / 100", or why Lighthouse did not run. */
function lighthouseRows(results: ScaleResult[]): [string, (r: ScaleResult) => string][] {
	const runs = results.map((r) => r.lighthouse).filter((run) => run !== undefined);
	if (!runs.length) return [];
	const measured = runs.find((run) => 'pages' in run);
	if (!measured || !('pages' in measured)) return [['Lighthouse', (r) => (r.lighthouse && 'skipped' in r.lighthouse ? r.lighthouse.skipped : 'not run')]];
	const label = `Lighthouse ${measured.version} mobile, gzipped: LCP · ${categories.join(' / ')}`;
	return measured.pages.map(({ type }, index): [string, (r: ScaleResult) => string] => [
		index === 0 ? `${label}: ${type}` : `… ${type}`,
		(r) => (!r.lighthouse ? 'not run' : 'skipped' in r.lighthouse ? r.lighthouse.skipped : lighthouseCell(r.lighthouse.pages.find((p) => p.type === type))),
	]);
}

export interface Growth {
	figure: string;
	/** Added cost per 1× of content between each pair of neighbouring scales. */
	perScale: number[];
	/** Whether the cost per 1× never rises by more than a quarter from one step to the next. */
	linear: boolean;
}

/** How build time and index size grow: the cost each 1× of content adds, step by step. */
export function growth(results: ScaleResult[]): Growth[] {
	const figures: [string, (r: ScaleResult) => number][] = [
		['build time (s)', (r) => r.wall.median / 1000],
		['peak memory (MiB)', (r) => r.memory.median / 2 ** 20],
		['Pagefind index (KB)', (r) => r.weights.index.bytes / 1024],
		['pages', (r) => r.weights.pages],
	];
	const sorted = [...results].sort((a, b) => a.scale - b.scale);
	return figures.map(([figure, value]) => {
		const perScale = sorted.slice(1).map((r, i) => (value(r) - value(sorted[i]!)) / (r.scale - sorted[i]!.scale));
		return { figure, perScale, linear: perScale.every((slope, i) => i === 0 || slope <= perScale[i - 1]! * 1.25) };
	});
}

export function renderGrowth(results: ScaleResult[]): string {
	const scales = [...results].sort((a, b) => a.scale - b.scale).map((r) => `${r.scale}×`);
	const steps = scales.slice(1).map((to, i) => `${scales[i]}→${to}`);
	return growth(results)
		.map(({ figure, perScale, linear }) => {
			const added = perScale.map((slope, i) => `${slope.toFixed(slope < 10 ? 2 : 0)} (${steps[i]})`).join(', ');
			return `  ${figure}: each 1× of content adds ${added}: ${linear ? 'no faster than linear' : 'FASTER THAN LINEAR'}`;
		})
		.join('\n');
}
