/** What search says about its results, and what its "show more" button says: every sentence it writes. */
import type { Chosen } from './facets.ts';

/**
 * Results shown at a time, as GOV.UK's site search shows them: search reads the fragments of these
 * only, and of the next ones on request, so a first query costs the same however many match.
 */
export const shownResults = 20;

export interface ResultsState {
	/** Every result found (after facets): Pagefind counts them without reading them. */
	total: number;
	/** How many are shown: `shownResults`, and as many more each time the reader asks. */
	shown: number;
	/** What was typed. */
	query: string;
	chosen: Chosen;
}

/** The status line, e.g. "50 results for ‘supervision’. Filtered by: Pathway 2. Showing the first 20." */
export function statusText({ total, shown, query, chosen }: ResultsState): string {
	const count = `${total} result${total === 1 ? '' : 's'}`;
	const more = shown < total ? ` Showing the first ${shown}.` : '';
	// Like the reading pages' filter, it says what narrows the results (the boxes may be off screen on a phone).
	const narrowed = Object.values(chosen).flat();
	const by = narrowed.length ? ` Filtered by: ${narrowed.join(', ')}.` : '';
	return query || total || narrowed.length ? `${count}${query ? ` for ‘${query}’` : ''}.${by}${more}` : '';
}

/** What the advice when nothing is found starts with: about the words typed, or, with none, the choices. */
export const noneText = (query: string): string => (query ? 'Nothing matches every word. You could:' : 'Nothing matches all your choices. You could:');

/** The "show more" button's words: the next page of results. */
export function moreText({ total, shown }: ResultsState): string {
	const next = Math.min(shownResults, total - shown);
	return `Show ${next} more result${next === 1 ? '' : 's'}`;
}
