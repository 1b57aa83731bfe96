/**
 * Which pathways a page that lists every pathway shows in full (the compare, capability and
 * curriculum-area pages), so that it stays light however many pathways there are: two, the first
 * and the one above it, since a leader compares their pathway with the next level up. The others
 * are offered as links, and each neighbouring pair has a comparison page of its own. With two
 * pathways (the real content today) a page shows both and offers nothing else.
 */
import { urls } from './urls.ts';

/** How many pathways a page shows in full. */
export const pathwaysInFull = 2;

/** The pathways shown in full (in order), and the others. */
export function pathwaysShown<T>(pathways: readonly T[]): { shown: T[]; others: T[] } {
	return { shown: pathways.slice(0, pathwaysInFull), others: pathways.slice(pathwaysInFull) };
}

/** Two neighbouring pathways compared side by side, the page that does it and that page's PDF. */
export interface ComparePair<T> {
	lower: T;
	upper: T;
	url: string;
	pdf: string;
}

/**
 * Every pair of neighbouring pathways, lowest first: the first pair is `/compare/` (its PDF
 * `compare.pdf`), each other one has its page at `/compare/<lower pathway>/` (`compare-<lower pathway>.pdf`).
 */
export function comparePairs<T extends { id: string }>(pathways: readonly T[]): ComparePair<T>[] {
	return pathways.slice(1).map((upper, index) => {
		const lower = pathways[index]!;
		const first = index === 0;
		return { lower, upper, url: first ? urls.compare : urls.comparePair(lower.id), pdf: first ? urls.comparePdf : urls.comparePairPdf(lower.id) };
	});
}

/** The comparison page that shows `pathway` beside `other`, where they are neighbours; else `/compare/`. */
export function compareUrl<T extends { id: string }>(pathways: readonly T[], pathway: T, other: T): string {
	return comparePairs(pathways).find((pair) => [pair.lower, pair.upper].includes(pathway) && [pair.lower, pair.upper].includes(other))?.url ?? urls.compare;
}
