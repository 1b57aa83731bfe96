import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';

/** More attributes than any pathway could have: a page that long (10,000 made 7 MB pages) is broken. */
export const attributeLimit = 500;

/**
 * Values no source could give: a publication date in the future ("2071" typed for "2017"), or a
 * pathway with more attributes than a page can carry. Each is refused with its line.
 */
export function implausibleValues(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const thisYear = new Date().getUTCFullYear();
	for (const { value, source, path } of content.resources) {
		const year = Number(String(value.published ?? '').slice(0, 4));
		if (year > thisYear)
			problems.push(problemAt(source, [...path, 'published'], `is in ${year}, which has not come yet: correct the year (digits swapped, e.g. ${String(year).replace(/(\d)(\d)$/, '$2$1')}?)`));
	}
	for (const { value, source } of content.attributeFiles) {
		const count = Object.values(value).reduce((sum, entries) => sum + entries.length, 0);
		if (count > attributeLimit)
			problems.push({ file: source.file, line: 1, message: `has ${count} attributes, more than the ${attributeLimit} a pathway page can carry: check that entries were not pasted in more than once` });
	}
	return problems;
}
