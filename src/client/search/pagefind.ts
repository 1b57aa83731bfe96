/** The part of Pagefind's browser API search uses (https://pagefind.app/docs/api/). */
import type { Chosen, FacetCounts } from './facets.ts';

export interface Pagefind {
	options(options: object): Promise<void>;
	filters(): Promise<FacetCounts>;
	search(query: string | null, options?: object): Promise<SearchResponse>;
}
export interface SearchResponse {
	results: { id: string; score: number; data(): Promise<ResultData> }[];
	filters: FacetCounts;
}
export interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	/** `audience`: who an attribute's pathway is for, which a query may name ("… for heads of service"). */
	meta: { title: string; kind: string; context: string; audience?: string };
	filters: Chosen;
}
