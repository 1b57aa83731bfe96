/**
 * Forms of one word that neither Pagefind's stemmer nor the check for whole words joins, so that
 * "child" finds "children". Search runs the query in each combination
 * of its words' forms and merges the results, as it does a query's other spelling (spelling.ts).
 */

/**
 * Only words of the framework's content: "child" finds "children" as a longer word, which search
 * drops ("care" does not find "carers"), and "children" never finds "child". Pagefind's stemmer
 * already joins the regular forms ("decisions", "decision"). "person" and "people" or "life" and
 * "lives" are left apart: the stemmer reads "personal" as "person" and "lived" as "lives", so
 * "people" would list "personal" first and "life" "lived experience" (found by the review).
 */
const forms: readonly (readonly string[])[] = [['child', 'children']];

/** The forms of a word (its own first, as typed), possessive too ("children's", "child's"), or the word alone when it has no other. */
const formsOf = (typed: string): string[] => {
	const [, word = typed, possessive = ''] = typed.match(/^(\p{L}+)(['’]s?)$/u) ?? [];
	const group = forms.find((words) => words.includes(word.toLowerCase()));
	return group ? [typed, ...group.filter((form) => form !== word.toLowerCase()).map((form) => form + possessive)] : [typed];
};

/**
 * An ask in every other combination of its words' forms: "child people" is also "children people",
 * "child person" and "children person"; none for an ask whose words have no other form, or a quoted
 * phrase, which Pagefind matches as it is.
 */
export function wordForms(ask: string): string[] {
	if (ask.includes('"')) return [];
	let combinations = [''];
	for (const part of ask.split(/(\s+)/)) combinations = combinations.flatMap((start) => formsOf(part).map((form) => start + form));
	return combinations.slice(1);
}
