/**
 * YAML that reads as something other than what the editor meant, caught with the line: a merge key
 * (`<<:`), a number that loses a zero (`version: 1.10` is 1.1), a key written twice, and invisible
 * characters (a no-break or zero-width space pasted from a document).
 */
import { isMap, isPair, isScalar, visit, type Document } from 'yaml';
import type { Problem } from './where.ts';

const invisible: Record<string, string> = {
	'\u00a0': 'no-break space (U+00A0)',
	'\u200b': 'zero-width space (U+200B)',
	'\u200c': 'zero-width non-joiner (U+200C)',
	'\u200d': 'zero-width joiner (U+200D)',
	'\u2060': 'word joiner (U+2060)',
	'\ufeff': 'zero-width no-break space (U+FEFF)',
	'\u00ad': 'soft hyphen (U+00AD)',
};

/** Each invisible character in `text`, with its line and column; an emoji's own joiners are fine. */
export function invisibleCharacters(file: string, text: string, firstLine: number): Problem[] {
	const problems: Problem[] = [];
	text.split('\n').forEach((line, index) => {
		for (const match of line.matchAll(/[\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]/g)) {
			// U+200D joins emoji (👩‍💻): only between letters, spaces or punctuation is it a stray.
			if (match[0] === '\u200d' && /\p{Extended_Pictographic}/u.test(line.slice(Math.max(0, match.index - 2), match.index + 3))) continue;
			const fix = match[0] === '\u00a0' ? 'delete it and type an ordinary space' : 'delete it (put the cursor after it and press Backspace)';
			problems.push({ file, line: index + firstLine, message: `has an invisible ${invisible[match[0]]} at column ${match.index + 1}, which the site would publish: ${fix}` });
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
