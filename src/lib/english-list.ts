/** A list as it is written in British English: "A", "A and B", "A, B and C" (no comma before "and"). */
export const englishList = (items: string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
