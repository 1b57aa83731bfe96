/**
 * Where the areas shown come from, in words taken from the content: each pathway's own sentence
 * (`areasAssigned`) and the pathways whose sources print a given symbol. No pathway is assumed,
 * so a new one never borrows another's story.
 */
import { englishList } from './english-list.ts';
import type { PathwayNode } from './model-types.ts';

/** The `areasAssigned` sentences of the pathways given whose areas their source does not print by name. */
export const areasAssignedSentences = (pathways: PathwayNode[]): string[] =>
	pathways.filter((p) => [...p.areasFrom].some((from) => from !== 'source')).flatMap((p) => (p.areasAssigned ? [p.areasAssigned] : []));

/** "The Pathway 2 source prints" (or "The Pathway 2 and Pathway 4 sources print"): whose attributes carry `symbol`. */
export function symbolPrintedBy(pathways: PathwayNode[], symbol: string): string {
	const names = pathways.filter((p) => p.attributes.some((a) => a.sourceSymbol === symbol)).map((p) => p.shortLabel);
	if (!names.length) return 'A source prints';
	return names.length > 1 ? `The ${englishList(names)} sources print` : `The ${names[0]} source prints`;
}
