/** The part of Pagefind's browser API search uses (https://pagefind.app/docs/api/). */
import type { FacetCounts } from './facets.ts';

export interface Pagefind {
	options(options: object): Promise<void>;
	search(query: string | null, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<SearchResponse>;
	/** Fetches the index chunks a query needs, and searches nothing. */
	preload(query: string): Promise<void>;
}
/** One result, as ranked: its fragment (`data`) is fetched only when called. */
export interface Result {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
export interface SearchResponse {
	results: Result[];
	filters: FacetCounts;
}
export interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	/** `audience`: who an attribute's pathway is for, which a query may name ("… for heads of service"). */
	/** `areas`: an attribute's curriculum areas, by name. */
	meta: { title: string; kind: string; context: string; audience?: string; areas?: string };
}
