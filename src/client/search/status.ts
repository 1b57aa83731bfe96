/** What search says about its results, and what its "show more" button says: every sentence it writes. */
import type { Chosen } from './facets.ts';

/** More than the framework will hold for one query for years; past it, results are cut. */
export const maxResults = 100;
/** Results shown before "Show all". */
export const shownResults = 40;

export interface ResultsState {
	/** The results found (after facets), at most `maxResults`. */
	total: number;
	/** Whether more than `maxResults` were found. */
	cut: boolean;
	/** Whether the reader asked to see them all. */
	showAll: boolean;
	/** What was typed. */
	query: string;
	chosen: Chosen;
}

/** How many results are shown. */
export const shownCount = ({ total, showAll }: ResultsState): number => Math.min(total, showAll ? total : shownResults);

/** The status line, e.g. "50 results for ‘supervision’. Filtered by: Pathway 2. Showing the first 40." */
export function statusText(state: ResultsState): string {
	const { total, cut, query, chosen } = state;
	const shown = shownCount(state);
	const count = cut ? `More than ${maxResults} results` : `${total} result${total === 1 ? '' : 's'}`;
	const best = cut ? ` of the best ${total}` : '';
	const more = shown < total ? ` Showing the first ${shown}${best}.` : cut ? ` Showing the best ${total}: add words or choose facets to narrow them.` : '';
	// Like the reading pages' filter, it says what narrows the results (the boxes may be off screen on a phone).
	const narrowed = Object.values(chosen).flat();
	const by = narrowed.length ? ` Filtered by: ${narrowed.join(', ')}.` : '';
	return query || total ? `${count}${query ? ` for ‘${query}’` : ''}.${by}${more}` : '';
}

/** The "show more" button's words. */
export const moreText = ({ total, cut }: ResultsState): string => (cut ? `Show the best ${total} results` : `Show all ${total} results`);
