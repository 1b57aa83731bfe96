import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';

/**
 * A statement pasted twice under a new id would be published twice. Only within a sub-capability:
 * the source may well repeat a statement under two of them, and the site must too.
 */
export function repeatedStatements(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	for (const { value: file, source } of content.attributeFiles)
		for (const [subCapability, entries] of Object.entries(file)) {
			const firstAt = new Map<string, number | undefined>();
			entries.forEach((entry, index) => {
				const key = entry.text.toLowerCase().replace(/\s+/g, ' ');
				const path = [subCapability, index, 'text'];
				if (!firstAt.has(key)) return void firstAt.set(key, source.lineOf(path));
				problems.push(problemAt(source, path, `is the same statement as line ${firstAt.get(key)}: remove the copy, or correct the text`));
			});
		}
	return problems;
}
