/**
 * What search asks Pagefind for, and which of its results really match: pure functions of the
 * query and a result's text, so that they are tested without a browser (tests/unit/search-matching.test.ts).
 */
import { spellingVariant } from './spelling.ts';

/** The words of a text, as search compares them: letters and digits, so "multi-agency" is two words. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words too common to require: "what does the framework say about supervision for heads of service". */
export const stopWords: ReadonlySet<string> = new Set(
	'a about an and are as at by can could did do does for framework from how i in is me my of on or our say says should tell the to we what with would you your'.split(' '),
);

/** "well-being" → "wellbeing": a hyphen between letters taken out. */
export const joinHyphens = (text: string): string => text.replace(/(\p{L})-(?=\p{L})/gu, '$1');

/** What a result is matched on: its text, and who its pathway is for. */
export interface MatchableResult {
	content: string;
	meta: { audience?: string | undefined };
}

/**
 * Whether a result really has every word of the query (but the commonest), in either spelling, in
 * its text, code or its pathway's audience. Pagefind, finding no word, falls back to fragments of it
 * ("or" for "organization"); such results are dropped.
 */
export function matches(result: MatchableResult, query: string, variant: string | undefined): boolean {
	const text = `${result.content} ${result.meta.audience ?? ''}`;
	// "well-being" in a text is also "wellbeing", as a reader may type it.
	const words = new Set([...wordsOf(text), ...wordsOf(joinHyphens(text))]);
	const stem = (word: string) => word.slice(0, Math.max(3, word.length - 3));
	const has = (asked: string) => {
		const alternatives = wordsOf(variant ?? asked);
		const wanted = wordsOf(asked).map((word, i) => [word, alternatives[i] ?? word] as const);
		const required = wanted.filter(([word]) => !stopWords.has(word));
		return (required.length ? required : wanted).every((pair) => pair.map(stem).some((s) => [...words].some((w) => w.startsWith(s))));
	};
	// And "well-being" asked may be "wellbeing" in the text.
	return has(query) || has(joinHyphens(query));
}

/** What to ask Pagefind for what was typed. */
export interface SearchAsks {
	/** Its words, which every result must have: "multi-agency" is "multi" and "agency"; quotes and "&" are not words. */
	query: string;
	/** The other spelling of what is asked, if any: results must match the query in one spelling or the other. */
	variant: string | undefined;
	/** The queries to send: what was typed (or null with no words), its other spelling, its hyphenated words apart. */
	asks: (string | null)[];
}

export function searchAsks(typed: string): SearchAsks {
	const query = wordsOf(typed).join(' ');
	// Pagefind gets what was typed (it reads "P2-CU2.1" and "multi-agency" as the index does) but for
	// the commonest words, which it would require; a "quoted phrase" goes as it is. `matches`, the words.
	const unquoted = typed.split(/\s+/).filter((word) => word && !stopWords.has(word.toLowerCase()));
	const asked = typed.includes('"') || !unquoted.length ? typed : unquoted.join(' ');
	const variant = query ? spellingVariant(asked) : undefined;
	// Pagefind reads "decision-making" as "decisionmaking": the words apart find "decision making" too.
	const apart = /\p{L}-\p{L}/u.test(asked) ? asked.replace(/(\p{L})-(?=\p{L})/gu, '$1 ') : undefined;
	return { query, variant, asks: [query ? asked : null, ...(variant ? [variant] : []), ...(apart ? [apart] : [])] };
}
