/** What a built site weighs, for the benchmark: pages, two first loads, the heaviest page, the search index. */
import { globSync, statSync } from 'node:fs';
import path from 'node:path';
import { firstLoadGzip, measureSite, type PageSize } from '../measure.ts';

export interface SiteWeights {
	pages: number;
	/** The first pathway page (`/pathways/pathway-2/` on the real content). */
	pathway: PageSize;
	compare: PageSize;
	/** The page with the largest first load (HTML, CSS, JavaScript and images, gzipped). */
	heaviest: PageSize;
	/** Pages whose first load is over `limit` bytes gzipped, with their first load. */
	over: { url: string; gzip: number }[];
	/** Every file the build wrote: pages, data, the CASE provider's files, the index. */
	files: number;
	/** Everything Pagefind wrote, on disk. */
	index: { bytes: number; files: number };
}

export function measureWeights(dist: string, limit: number): SiteWeights {
	const site = measureSite(dist);
	const page = (url: string) => {
		const found = site.pages.find((p) => p.url === url);
		if (!found) throw new Error(`${url} was not built in ${dist}`);
		return found;
	};
	const firstPathway = site.pages.filter((p) => /^\/pathways\/pathway-\d+\/$/.test(p.url)).sort((a, b) => number(a.url) - number(b.url))[0]!;
	const indexFiles = globSync('pagefind/**/*', { cwd: dist }).map((rel) => statSync(path.join(dist, rel))).filter((s) => s.isFile());
	return {
		pages: site.pages.length,
		files: globSync('**/*', { cwd: dist, withFileTypes: true }).filter((entry) => entry.isFile()).length,
		pathway: firstPathway,
		compare: page('/compare/'),
		heaviest: site.pages.reduce((a, b) => (firstLoadGzip(b) > firstLoadGzip(a) ? b : a)),
		over: site.pages.filter((p) => firstLoadGzip(p) > limit).map((p) => ({ url: p.url, gzip: firstLoadGzip(p) })),
		index: { bytes: indexFiles.reduce((sum, s) => sum + s.size, 0), files: indexFiles.length },
	};
}

const number = (url: string) => Number(url.match(/pathway-(\d+)/)![1]);
