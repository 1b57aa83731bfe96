/**
 * Whether a query names a curriculum area ("high quality supervision for pathway 3"), so that
 * search can offer every attribute in it. Pure, so tested on a few names (tests/unit/search.test.ts).
 */
import { stopWords, wordsOf } from './matching.ts';
import { searchParams, type FacetNames } from './url-state.ts';
import { wordForms } from './word-forms.ts';

// "Listening to Children & Families" is named by "listening to children and families" too.
const significant = (text: string) => wordsOf(text).filter((word) => !stopWords.has(word));

/**
 * The area whose name's words the query has, in order and together (small words such as "and"
 * aside), or whose name starts with the whole query of two words or more ("listening to children"
 * for "Listening to Children & Families"); of several, the one with the longest name. Undefined
 * when it names none.
 */
export function namedArea(query: string, areas: readonly string[]): string | undefined {
	// "listening to child" names "Listening to Children & Families" as search finds it.
	for (const ask of [query, ...wordForms(query)]) {
		const area = areaNamedBy(ask, areas);
		if (area) return area;
	}
	return undefined;
}

function areaNamedBy(query: string, areas: readonly string[]): string | undefined {
	const words = significant(query);
	const asked = ` ${words.join(' ')} `;
	const names = (area: string) => {
		const name = ` ${significant(area).join(' ')} `;
		return name.trim() !== '' && (asked.includes(name) || (words.length >= 2 && name.startsWith(asked)));
	};
	return areas.filter(names).sort((a, b) => significant(b).length - significant(a).length)[0];
}

/** The search that lists every attribute in `area`, with the pathway and capability chosen: a link, by ids. */
export function areaSearchUrl(area: string, chosen: Record<string, string[]>, names: FacetNames): string {
	return `/search/?${searchParams('', { kind: ['Attribute'], area: [area], pathway: chosen['pathway'] ?? [], capability: chosen['capability'] ?? [] }, names)}`;
}
