/** A list as it is written in British English: "A", "A and B", "A, B and C" (no comma before "and"). */
export const englishList = (items: string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

/** The same list with each item kept as it was given (a link, say) and the words between them as text. */
export function englishListParts<T extends { text: string }>(items: T[]): (T | string)[] {
	let next = 0;
	return new Intl.ListFormat('en-GB', { type: 'conjunction' }).formatToParts(items.map((item) => item.text)).map((part) => (part.type === 'element' ? items[next++]! : part.value));
}
