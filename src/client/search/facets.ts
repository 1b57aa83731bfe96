/**
 * Search's facets as data: which results a choice keeps, how many each value offers, and the order
 * values are listed in. Pure, so tested on a few fake results (tests/unit/search-facets.test.ts).
 */

/** The facets, as the search records name them. */
export const facetNames = ['kind', 'pathway', 'capability', 'area'] as const;

/** The chosen values of each facet, by facet name. */
export type Chosen = Record<string, string[]>;
/** For each facet, how many results each of its values would give. */
export type FacetCounts = Record<string, Record<string, number>>;

/** What a result is filtered on: its values of each facet. */
export interface FacetedResult {
	filters: Record<string, string[]>;
}

/** Whether a result has one of the chosen values of every facet (but `except`). */
export function inFacets(result: FacetedResult, chosen: Chosen, except?: string): boolean {
	return Object.entries(chosen).every(
		([name, values]) => name === except || !values.length || values.some((v) => result.filters[name]?.includes(v)),
	);
}

/**
 * Each facet's counts, with the other facets' choices applied, so that the number beside a box is
 * what ticking it shows: boxes of one facet combine as "either", so an unticked value counts the
 * results its facet's ticked values keep already, plus those it adds. A ticked value counts its own.
 */
export function countFacets(results: FacetedResult[], chosen: Chosen): FacetCounts {
	const counts: FacetCounts = {};
	for (const name of facetNames) {
		const ticked = chosen[name] ?? [];
		const kept = (result: FacetedResult) => ticked.some((value) => result.filters[name]?.includes(value));
		const within = results.filter((r) => inFacets(r, chosen, name));
		const already = within.filter(kept).length;
		for (const result of within)
			for (const value of result.filters[name] ?? []) {
				const own = ticked.includes(value);
				(counts[name] ??= {})[value] = (counts[name]?.[value] ?? (own ? 0 : already)) + (own || !kept(result) ? 1 : 0);
			}
	}
	return counts;
}

/** Compares values in the framework's own order (`order`: 4C order, pathway number), else A–Z. */
export function inOrder(order: string[]): (a: string, b: string) => number {
	const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
	return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

/** The values a facet lists: those with results and those chosen, once each, in order. */
export function facetValues(counts: Record<string, number> | undefined, chosen: string[] | undefined, order: string[]): string[] {
	return [...new Set(Object.keys(counts ?? {}).concat(chosen ?? []))].sort(inOrder(order));
}
