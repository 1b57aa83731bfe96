import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries } from './helpers.ts';

/**
 * A new attribute takes the next free code of its sub-capability (the README): one that skips
 * numbers (P2-CU2.7 where P2-CU2.3 is next) is a warning naming the next free code. Codes are
 * never reused, so a gap left now stays for good. Published codes are never questioned.
 */
export function codeGaps(content: ParsedContent): Problem[] {
	const published = new Set(content.publishedLinks?.links.flatMap((link) => (link.code ? [link.code] : [])) ?? []);
	const entries = attributeEntries(content);
	const used = entries.flatMap(({ entry }) => [entry.code, ...(entry.formerCodes ?? [])]).concat([...published]);
	const warnings: Problem[] = [];
	for (const { entry, source, path } of entries) {
		const [, prefix, number] = /^(P\d+-[A-Z]{2}\d+\.)(\d+)$/.exec(entry.code) ?? [];
		if (!prefix || published.has(entry.code)) continue;
		// The highest number any other attribute, former code or published link has taken here.
		const others = used.filter((code) => code !== entry.code && code.startsWith(prefix)).map((code) => Number(code.slice(prefix.length))).filter(Number.isInteger);
		const next = Math.max(0, ...others) + 1;
		if (Number(number) <= next) continue;
		const skipped = Number(number) - 1 === next ? `${prefix}${next}` : `${prefix}${next} to ${prefix}${Number(number) - 1}`;
		warnings.push(problemAt(source, [...path, 'code'], `${entry.code} skips ${skipped}: a new attribute takes the next free code of its sub-capability, code: ${prefix}${next} (a code is never reused, so a gap left now stays)`));
	}
	return warnings;
}
