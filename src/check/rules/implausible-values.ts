import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries } from './helpers.ts';

/** Far longer than a statement of the framework (one or two sentences, the longest about 220 characters). */
export const statementWarningLength = 1000;

/**
 * Values that are possible but unlikely to be meant: a publication date in the future ("2071" typed
 * for "2017"), a statement as long as a page (other text pasted into it), a statement with doubled or
 * surrounding spaces (pasted from a document). Each is a warning, with its
 * line: the site still builds, since only the editor can say whether it is right.
 */
/** Spaces a page collapses but a citation or CSV keeps: two together (where), or around the text. */
function spacingOf(text: string): string | undefined {
	const double = /(\S*)\s{2,}\S/.exec(text.trim());
	if (double) return `has two spaces together${double[1] ? ` after "${double[1]}"` : ''}`;
	if (text !== text.trim()) return text.trimStart() !== text ? 'starts with a space' : 'ends with a space';
	return undefined;
}

export function implausibleValues(content: Pick<ParsedContent, 'resources' | 'attributeFiles'>, thisYear = new Date().getUTCFullYear()): Problem[] {
	const warnings: Problem[] = [];
	for (const { value, source, path } of content.resources) {
		const year = Number(String(value.published ?? '').slice(0, 4));
		if (year > thisYear)
			warnings.push(problemAt(source, [...path, 'published'], `is in ${year}, which has not come yet: correct the year if it is a slip (digits swapped, e.g. ${String(year).replace(/(\d)(\d)$/, '$2$1')}?)`));
	}
	for (const { entry, source, path } of attributeEntries(content)) {
		const length = entry.text.length;
		if (length > statementWarningLength)
			warnings.push(problemAt(source, [...path, 'text'], `is ${length.toLocaleString('en-GB')} characters long, where a statement of the framework is one or two sentences: check that no other text was pasted into it`));
		const spacing = spacingOf(entry.text);
		if (spacing) warnings.push(problemAt(source, [...path, 'text'], `${spacing}, which the page hides but references, the spreadsheet and copied text keep: write single spaces between words, and none around the statement`));
	}
	return warnings;
}
