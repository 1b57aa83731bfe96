/**
 * YAML that reads as something other than what the editor meant, caught with the line: a merge key
 * (`<<:`), a number that loses a zero (`version: 1.10` is 1.1), a key written twice, and invisible
 * characters (a no-break or zero-width space pasted from a document).
 */
import { isMap, isPair, isScalar, visit, type Document } from 'yaml';
import type { Problem } from './where.ts';

const deleteIt = 'delete it (put the cursor after it and press Backspace)';
const typeSpace = 'delete it and type an ordinary space';

/** Characters pasted from a document that the site would publish as they are: each with its name and what to type instead. */
export const pasted: Record<string, { name: string; fix: string; looksLike?: string }> = {
	'\u00a0': { name: 'no-break space (U+00A0)', fix: typeSpace },
	'\u2007': { name: 'figure space (U+2007)', fix: typeSpace },
	'\u202f': { name: 'narrow no-break space (U+202F)', fix: typeSpace },
	// Word's and other typesetters' spaces of other widths, and the full-width space of Chinese and Japanese text.
	'\u2002': { name: 'en space (U+2002)', fix: typeSpace },
	'\u2003': { name: 'em space (U+2003)', fix: typeSpace },
	'\u2009': { name: 'thin space (U+2009)', fix: typeSpace },
	'\u200a': { name: 'hair space (U+200A)', fix: typeSpace },
	'\u3000': { name: 'ideographic space (U+3000)', fix: typeSpace },
	'\u200b': { name: 'zero-width space (U+200B)', fix: deleteIt },
	'\u200c': { name: 'zero-width non-joiner (U+200C)', fix: deleteIt },
	'\u200d': { name: 'zero-width joiner (U+200D)', fix: deleteIt },
	'\u2060': { name: 'word joiner (U+2060)', fix: deleteIt },
	'\ufeff': { name: 'zero-width no-break space (U+FEFF)', fix: deleteIt },
	'\u00ad': { name: 'soft hyphen (U+00AD)', fix: deleteIt },
	'\u2028': { name: 'line separator (U+2028)', fix: `${deleteIt}, and type a space if the words run together` },
	'\u2029': { name: 'paragraph separator (U+2029)', fix: `${deleteIt}, and type a space if the words run together` },
	// Direction marks and overrides reorder what a reader sees (and can hide text).
	...Object.fromEntries(['200E', '200F', '202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'].map((hex) => [String.fromCharCode(parseInt(hex, 16)), { name: `text-direction mark (U+${hex})`, fix: deleteIt }])),
	// Visible, but not the character a reader types: search would not find the word written with it.
	'\u2011': { name: 'non-breaking hyphen (U+2011)', fix: 'delete it and type an ordinary hyphen (-)', looksLike: 'a hyphen' },
	'\u2010': { name: 'Unicode hyphen (U+2010)', fix: 'delete it and type an ordinary hyphen (-)', looksLike: 'a hyphen' },
};
const pastedPattern = new RegExp(`[${Object.keys(pasted).join('')}]`, 'gu');

/** Each invisible or look-alike character in `text`, with its line and column; an emoji's own joiners are fine. */
export function invisibleCharacters(file: string, text: string, firstLine: number): Problem[] {
	const problems: Problem[] = [];
	text.split('\n').forEach((line, index) => {
		for (const match of line.matchAll(pastedPattern)) {
			// U+200D joins emoji (👩‍💻): only between letters, spaces or punctuation is it a stray.
			if (match[0] === '\u200d' && /\p{Extended_Pictographic}/u.test(line.slice(Math.max(0, match.index - 2), match.index + 3))) continue;
			const { name, fix, looksLike } = pasted[match[0]]!;
			const what = looksLike ? `a ${name}, which looks like ${looksLike} but is not the one readers type (search would not find the word),` : `an invisible ${name}`;
			problems.push({ file, line: index + firstLine, message: `has ${what} at column ${match.index + 1}, which the site would publish: ${fix}` });
		}
	});
	return problems;
}

/** Merge keys and numbers that lose digits; the numbers are kept as written, so only this problem is reported. */
export function yamlTraps(file: string, doc: Document, lineAt: (offset: number) => number): Problem[] {
	const problems: Problem[] = [];
	visit(doc, {
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.range)
				problems.push({ file, line: lineAt(pair.key.range[0]), message: 'has a YAML merge key ("<<:"), which the site does not read: write out the fields it would copy, in full' });
		},
		Scalar(_, node) {
			if (node.type !== 'PLAIN' || typeof node.value !== 'number' || !node.source || !node.range) return;
			if (String(node.value) === node.source || !/^\d+\.\d*0$/.test(node.source)) return;
			problems.push({ file, line: lineAt(node.range[0]), message: `has ${node.source}, which YAML reads as the number ${node.value}: put it in quotes, "${node.source}", to keep it as written` });
			node.value = node.source;
		},
	});
	return problems;
}

/** A key written twice in one map: YAML says only that keys must be unique, this names the key and its first line. */
export function duplicateKeys(file: string, doc: Document, lineAt: (offset: number) => number): Problem[] {
	const problems: Problem[] = [];
	visit(doc, {
		Map(_, map) {
			if (!isMap(map)) return;
			const first = new Map<unknown, number>();
			for (const pair of map.items) {
				if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
				const line = lineAt(pair.key.range[0]);
				const earlier = first.get(pair.key.value);
				if (earlier === undefined) first.set(pair.key.value, line);
				else problems.push({ file, line, message: `has "${String(pair.key.value)}:" a second time (first on line ${earlier}), and YAML keeps only one: merge the two, or remove one` });
			}
		},
	});
	return problems;
}
