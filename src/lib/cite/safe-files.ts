/**
 * Reference managers' files that no content value can break out of. citation-js escapes a BibTeX
 * title but writes a name given as a literal (our organisations) and a URL as they are, so a brace
 * in `framework.yaml`'s `publisher` could close the field and add fields of its own; and a line
 * break in a title would end a RIS record and start a forged one. So every value is made one line
 * before formatting, names are escaped for BibTeX, and the files are checked after: a value whose
 * braces do not balance has its stray ones escaped, and a file that is still not one field per
 * line (BibTeX) or one tag per line (RIS) stops the build.
 */
import type { CslItem } from './references.ts';

// Every line break a reader might honour, Unicode's own among them.
const lineBreaks = /[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/** A value on one line, its runs of spaces as one: no RIS tag ("TY  - ") can be made from it. */
export const oneLine = (value: string) => value.replace(lineBreaks, ' ').replace(/\s{2,}/g, ' ');

/** Every string in an item (its names' too) on one line. */
export function oneLineItem<T>(value: T): T {
	if (typeof value === 'string') return oneLine(value) as T;
	if (Array.isArray(value)) return value.map(oneLineItem) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, oneLineItem(v)])) as T;
	return value;
}

// TeX's special characters as text, in the commands citation-js itself writes for a title.
const texSpecials: Record<string, string> = {
	'\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
	'&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_',
};
/** Words as TeX text: no command, brace or comment character of TeX's left working. */
export const texText = (words: string) => words.replace(/[\\{}~^&%$#_]/g, (special) => texSpecials[special]!);

/**
 * An item for BibTeX: its organisations' names as TeX text (citation-js writes a literal name raw),
 * and the content version in a note too, which a @misc prints (it has no edition).
 */
export function bibtexItem(item: CslItem): CslItem & { note: string } {
	const names = (list?: { literal: string }[]) => list?.map(({ literal }) => ({ literal: texText(literal) }));
	const containerAuthor = names(item['container-author']);
	return { ...item, author: names(item.author)!, ...(containerAuthor && { 'container-author': containerAuthor }), note: item.edition };
}

/** A value's braces balanced: each one without its partner written as TeX text (BibTeX counts even `\}`). */
export function balanced(value: string): string {
	const open: number[] = [];
	const stray = new Set<number>();
	[...value].forEach((char, i) => {
		if (char === '{') open.push(i);
		else if (char === '}' && open.pop() === undefined) stray.add(i);
	});
	for (const i of open) stray.add(i);
	return [...value].map((char, i) => (stray.has(i) ? (char === '{' ? '\\textbraceleft{}' : '\\textbraceright{}') : char)).join('');
}

const bibtexField = /^(\t[a-z]+ = \{)(.*)(\},)$/;
const bibtexEntry = /^@[a-z]+\{[A-Za-z0-9_]+,$/;

/** A BibTeX file with every field's braces balanced; it throws if a line is not an entry's start, a field or an end. */
export function safeBibtex(bibtex: string): string {
	return bibtex.split('\n').map((line, n) => {
		const field = bibtexField.exec(line);
		if (field) return `${field[1]}${balanced(field[2]!)}${field[3]}`;
		if (line === '' || line === '}' || bibtexEntry.test(line)) return line;
		throw new Error(`BibTeX line ${n + 1} is not one field: ${JSON.stringify(line)}. A content value must have broken its field.`);
	}).join('\n');
}

/** A RIS file as it was written, if each line is one tag and there is one record per item; otherwise it throws. */
export function safeRis(ris: string, items: number): string {
	const lines = ris.split('\n').filter((line) => line !== '');
	const bad = lines.find((line) => !/^[A-Z][A-Z0-9]  - ?/.test(line));
	const records = lines.filter((line) => line.startsWith('TY  - ')).length;
	const ends = lines.filter((line) => /^ER  - ?$/.test(line)).length;
	if (bad !== undefined || records !== items || ends !== items) {
		throw new Error(`The RIS file is not ${items} record(s) of one tag a line${bad ? `: ${JSON.stringify(bad)}` : ''}. A content value must have broken its record.`);
	}
	return ris;
}
