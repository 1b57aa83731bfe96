/**
 * What search asks of Pagefind, loaded only once search is used: the results of a query, ranked and
 * checked word by word without reading a fragment, and each result's facet values from Pagefind's
 * filter index. So what a query costs grows with the results shown, not with the results found.
 */
import { facetNames, type Chosen, type FacetCounts } from './facets.ts';
import { keepWhole, mergeRanked, rankedQuery, wholeWords } from './matching.ts';
import type { Pagefind, Result } from './pagefind.ts';

let pagefind: Promise<Pagefind> | undefined;
// A path Vite must not bundle: the index is written after the site is built
// (`@vite-ignore`: https://vite.dev/guide/features#dynamic-import).
const pagefindUrl = '/pagefind/pagefind.js';
export const loadPagefind = (): Promise<Pagefind> =>
	(pagefind ??= import(/* @vite-ignore */ pagefindUrl).then(async (module: Pagefind) => {
		// No worker: it would fetch a second copy of the search code (12 KB) for no gain on an index this small.
		// Pagefind searches every meta field; `kind` and `context` are only shown (every attribute's context
		// names its capability, which would match "complexity" to all of them), and `audience` only narrows
		// ("service" would match all 43 Pathway 3 attributes), so they add nothing to a score.
		// An excerpt cut from a longer text says so with "…".
		await module.options({ excerptLength: 24, excerptEllipsis: '…', noWorker: true, ranking: { metaWeights: { kind: 0, context: 0, audience: 0 } } });
		return module;
	}));

const ids = (results: Result[]) => new Set(results.map((result) => result.id));

/** Pagefind's filters for the facets chosen: one of the values of each facet ticked. */
export type Filters = Record<string, { any: string[] }>;

/**
 * The results of the asks (a query, its other spelling, its words apart), best first, within the
 * facets chosen (`filters`, which Pagefind applies from its filter index). Each word of an ask is also
 * searched alone and exactly ("care" in quotes), and so is each phrase: Pagefind's exact search finds
 * whole words only, so a result that none of them finds matched a longer word ("carers") and is
 * dropped. The searches share the index chunks they load; no fragment is read.
 */
export async function rankedResults(engine: Pagefind, asks: string[], filters: Filters = {}): Promise<Result[]> {
	const lists = await Promise.all(
		asks.map(async (ask) => {
			const searches = [rankedQuery(ask), ...wholeWords(ask).map((word) => `"${word}"`)];
			const [found, ...exact] = await Promise.all(searches.map((q) => engine.search(q, { filters })));
			return keepWhole(found!.results, exact.map((response) => ids(response.results)));
		}),
	);
	return mergeRanked(lists);
}

let facetIndex: Promise<Map<string, Chosen>> | undefined;
/**
 * Every result's values of each facet, by result id, from Pagefind's filter index: one search with
 * no words per value (`values`, the facets' values as the page lists them), loaded once.
 */
export function facetsById(engine: Pagefind, values: FacetCounts): Promise<Map<string, Chosen>> {
	return (facetIndex ??= (async () => {
		const byId = new Map<string, Chosen>();
		const searches = facetNames.flatMap((name) =>
			Object.keys(values[name] ?? {}).map(async (value) => [name, value, (await engine.search(null, { filters: { [name]: value } })).results] as const),
		);
		for (const [name, value, results] of await Promise.all(searches))
			for (const { id } of results) {
				const facets = byId.get(id) ?? byId.set(id, {}).get(id)!;
				(facets[name] ??= []).push(value);
			}
		return byId;
	})());
}
