/**
 * Characters in a value as YAML reads it, not as the file shows it: in double quotes, "\u200b" or
 * "\_" is an invisible character the site would publish, though the file shows only letters; and a
 * "\n", a "|" block or a blank line in a ">" block puts a line break into text shown on one line
 * (a statement, a title, a code), which then breaks the lines of citations (RIS) and spreadsheets (CSV).
 */
import { isScalar, visit, type Document, type Scalar } from 'yaml';
import { pasted } from './yaml-traps.ts';
import { pathOf } from './yaml-path.ts';
import { describePath, type Problem } from './where.ts';

/** Fields that are one line wherever they are, and statements (`text` of an attributes file). */
const oneLine = new Set(['id', 'code', 'title', 'name', 'shortName', 'linkText', 'publisher']);
const isOneLine = (file: string, key: string) => oneLine.has(key) || (key === 'text' && file.endsWith('attributes.yaml'));

/** The escape that wrote `character` in `raw` ("\u00a0", "\_", "\L"), or a \u one. */
function escapeOf(character: string, raw: string): string {
	const code = character.codePointAt(0)!;
	const hex = code.toString(16).padStart(4, '0');
	const special: Record<number, string> = { 0xa0: '_', 0x85: 'N', 0x2028: 'L', 0x2029: 'P' };
	const forms = [`u${hex}`, `U${hex.padStart(8, '0')}`, ...(code < 0x100 ? [`x${hex.slice(2)}`] : []), ...(special[code] ? [special[code]] : [])];
	return `\\${forms.find((form) => new RegExp(`\\\\${form.replace(/\W/g, '\\$&')}`, 'i').test(raw)) ?? `u${hex}`}`;
}

const lineBreakHow = (node: Scalar) =>
	node.type === 'BLOCK_LITERAL'
		? 'a "|" block keeps each line break'
		: node.type === 'BLOCK_FOLDED'
			? 'a blank line in a ">" block is a line break'
			: node.type === 'QUOTE_DOUBLE'
				? 'a "\\n" or a blank line in double quotes is a line break'
				: 'a blank line within it is a line break';

export function valueCharacters(file: string, doc: Document, yamlText: string, data: unknown, lineAt: (offset: number) => number): Problem[] {
	const problems: Problem[] = [];
	visit(doc, {
		Pair(_, pair, ancestors) {
			if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.key.range) return;
			const key = String(pair.key.value);
			if (!isOneLine(file, key) || !/[\n\r\u0085]/.test(pair.value.value.trim())) return;
			problems.push({
				file,
				line: lineAt(pair.key.range[0]),
				field: describePath(data, pathOf([...ancestors, pair], pair.value)) || undefined,
				message: `is on more than one line (${lineBreakHow(pair.value)}), but it is shown on one line, and a line break in it would break citations and spreadsheets made from it: write it all on one line after "${key}:"`,
			});
		},
		Scalar(_, node, ancestors) {
			if (node.type !== 'QUOTE_DOUBLE' || typeof node.value !== 'string' || !node.range) return;
			const raw = yamlText.slice(node.range[0], node.range[1]);
			const seen = new Set<string>();
			for (const [character] of node.value.matchAll(new RegExp(`[${Object.keys(pasted).join('')}]`, 'gu'))) {
				// Typed as it is, the character is reported with its column by `invisibleCharacters`.
				if (raw.includes(character) || seen.has(character)) continue;
				seen.add(character);
				const { name, fix, looksLike } = pasted[character]!;
				const escape = escapeOf(character, raw);
				const what = looksLike ? `a ${name}, which looks like ${looksLike} but is not the one readers type,` : `an invisible ${name}`;
				problems.push({
					file,
					line: lineAt(node.range[0]),
					field: describePath(data, pathOf(ancestors, node)) || undefined,
					message: `has ${what} written as the escape "${escape}" in double quotes, which the site would publish: ${fix.replace(/^delete it( \([^)]*\))?/, `delete "${escape}"`)}`,
				});
			}
		},
	});
	return problems;
}
