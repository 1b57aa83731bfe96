/**
 * What search asks Pagefind for, and which of its results really match: pure functions of the
 * query and of Pagefind's ranked results, so that they are tested without a browser (tests/unit/search.test.ts).
 */
import { spellingVariant } from './spelling.ts';
import { wordForms } from './word-forms.ts';

/** The words of a text, as search compares them: letters and digits, so "multi-agency" is two words. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words too common to require: "what does the framework say about supervision for heads of service". */
export const stopWords: ReadonlySet<string> = new Set(
	'a about an and are as at by can could did do does for framework from how i in is me my of on or our say says should tell the to we what with would you your'.split(' '),
);

/** Whether an ask is one quoted phrase, which Pagefind matches exactly. */
const onePhrase = (ask: string): boolean => /^"[^"]*"$/.test(ask.trim());

/** The quoted phrases of an ask and the rest of it. */
const phrasesOf = (ask: string): { phrases: string[]; rest: string } => {
	const parts = ask.split('"');
	return { phrases: parts.filter((part, index) => index % 2 === 1 && /[\p{L}\p{N}]/u.test(part)), rest: parts.filter((_, index) => index % 2 === 0).join(' ') };
};

/**
 * The words of one ask that a result must have as whole words (in either form Pagefind's stemmer
 * gives them: "decisions" is "decision"), and its quoted phrases, each to be checked with Pagefind's
 * exact search of that word or phrase alone; none for an ask that is one quoted phrase, which
 * Pagefind already matches exactly. Pagefind also returns words that only start like the query's
 * ("care" finds "carers"): those results are the ones that no exact search of the word finds, so
 * they are dropped without reading a fragment.
 */
export function wholeWords(ask: string): string[] {
	if (onePhrase(ask)) return [];
	const { phrases, rest } = phrasesOf(ask);
	// "&" and the like are no words: Pagefind would find nothing for them.
	return [...new Set([...rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)), ...phrases])];
}

/**
 * What to ask Pagefind for the results of one ask, ranked: the ask as it is when it is one quoted
 * phrase, else its words without quotes. Pagefind 1.6 keeps a phrase only when the whole query is
 * one (measured: `staff "well being"` found "as well as"), so the phrases of a longer ask are held
 * by `wholeWords`.
 */
export const rankedQuery = (ask: string): string => (onePhrase(ask) ? ask : ask.replaceAll('"', ' ').replace(/\s+/g, ' ').trim());

/**
 * Whether to fetch the index chunks of what is being typed while the reader pauses (Pagefind's
 * `preload`): not while its last word has only one or two letters or digits, whose chunk is seldom
 * the finished word's (typing "supervision" fetched the chunk "s" falls in too), so that typing a
 * word fetches the chunks it needs and not one for each of its first letters.
 */
export function worthPreloading(typed: string): boolean {
	const last = typed.split(/\s+/).at(-1) ?? '';
	return /\S/.test(typed) && (last === '' || (last.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3);
}

/** A result as Pagefind ranks it, before its fragment is read. */
export interface Ranked {
	id: string;
	score: number;
}

/**
 * The results of one ask that every whole-word search found (`exact`: the ids each found), so not
 * merely by a longer word; a result that scores 0 matched only where it sits (`kind`, `context`) or
 * who its pathway is for (`audience`), which search does not count as a match.
 */
export function keepWhole<T extends Ranked>(results: T[], exact: ReadonlySet<string>[]): T[] {
	return results.filter((result) => result.score > 0 && exact.every((ids) => ids.has(result.id)));
}

/** The results of several asks (a query, its other spelling, its words apart or in other forms), once each, best first. */
export function mergeRanked<T extends Ranked>(lists: T[][]): T[] {
	const best = new Map<string, T>();
	for (const result of lists.flat()) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/** What to ask Pagefind for what was typed. */
export interface SearchAsks {
	/** Its words, which every result must have: "multi-agency" is "multi" and "agency"; quotes and "&" are not words. */
	query: string;
	/** The other spelling of what is asked, if any: results must match the query in one spelling or the other. */
	variant: string | undefined;
	/**
	 * The queries to send: what was typed (or null with no words), its other spelling, its hyphenated
	 * words as a phrase, and each of these with its words in their other forms ("child" as "children").
	 */
	asks: (string | null)[];
}

/**
 * An ask with its hyphenated words written apart, each as a phrase: Pagefind reads "decision-making"
 * as "decisionmaking", and the phrase "decision making" finds it written apart too, but not its words
 * anywhere ("well-being" found "as well as"). Within a quoted phrase the hyphen just becomes a space.
 */
const hyphensApart = (ask: string): string =>
	ask
		.split('"')
		.map((part, index) => (index % 2 ? part.replace(/(\p{L})-(?=\p{L})/gu, '$1 ') : part.replace(/\p{L}+(?:-\p{L}+)+/gu, (word) => `"${word.replaceAll('-', ' ')}"`)))
		.join('"');

export function searchAsks(typed: string): SearchAsks {
	const query = wordsOf(typed).join(' ');
	// Pagefind gets what was typed (it reads "P2-CU2.1" and "multi-agency" as the index does) but for
	// the commonest words, which it would require; a "quoted phrase" goes as it is. `matches`, the words.
	const unquoted = typed.split(/\s+/).filter((word) => word && !stopWords.has(word.toLowerCase()));
	const asked = typed.includes('"') || !unquoted.length ? typed : unquoted.join(' ');
	const variant = query ? spellingVariant(asked) : undefined;
	const apart = /\p{L}-\p{L}/u.test(asked) ? hyphensApart(asked) : undefined;
	if (!query) return { query, variant, asks: [null] };
	const asks = [asked, ...(variant ? [variant] : []), ...(apart ? [apart] : [])];
	return { query, variant, asks: [...new Set([...asks, ...asks.flatMap(wordForms)])] };
}
