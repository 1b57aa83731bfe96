import type { ParsedContent } from '../parsed.ts';
import type { Problem } from '../where.ts';

/** More attributes than any pathway could have: a page that long (10,000 made 7 MB pages) is broken. */
export const attributeLimit = 500;

/** A pathway with more attributes than its page can carry is refused, at the top of its file. */
export function pageSize(content: ParsedContent): Problem[] {
	return content.attributeFiles.flatMap(({ value, source }) => {
		const count = Object.values(value).reduce((sum, entries) => sum + entries.length, 0);
		if (count <= attributeLimit) return [];
		return [{ file: source.file, line: 1, message: `has ${count} attributes, more than the ${attributeLimit} a pathway page can carry: check that entries were not pasted in more than once` }];
	});
}
