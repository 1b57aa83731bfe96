/**
 * A search as an address: what was typed and the facet values ticked, each by its id where it has
 * one (`pathway=pathway-3`, `area=making-decisions`, as the reading pages link), so that a link a
 * trainer saves keeps working when an area or capability is renamed. Names still read (search.ts).
 */

/** Each facet's values by id: their names (`facetNames` in src/lib/queries.ts). */
export type FacetNames = Record<string, Record<string, string>>;

/** The id of the value named `name` among one facet's (`names`), if it has one. */
const idOf = (names: Record<string, string> | undefined, name: string): string | undefined => Object.entries(names ?? {}).find(([, n]) => n === name)?.[0];

/** The id of a facet value named `name`, or the name itself where it has none (`kind=Attribute`). */
export const valueId = (names: FacetNames, facet: string, name: string): string => idOf(names[facet], name) ?? name;

/** The ids of one facet's values ticked (`names` gives each id's name); a name without one is left out. */
export const chosenIds = (chosen: string[] | undefined, names: Record<string, string> | undefined): string[] =>
	(chosen ?? []).flatMap((name) => idOf(names, name) ?? []);

/** The query string of a search: `q`, then each facet's values in the order given. */
export function searchParams(typed: string, chosen: Record<string, string[]>, names: FacetNames): URLSearchParams {
	const params = new URLSearchParams();
	if (typed) params.set('q', typed);
	for (const [facet, values] of Object.entries(chosen)) for (const value of values) params.append(facet, valueId(names, facet, value));
	return params;
}
