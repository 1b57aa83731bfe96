import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries } from './helpers.ts';

/** "1. ", "2) ", "(a) ", "1.2 ": a word processor's list numbering, copied with the words. */
const numbering = /^(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|\(\d{1,2}\)|[a-z]\)|\([a-z]\))\s+/;
/** A whole statement in the document's quotation marks, “…” or ‘…’, and none closed inside it. */
const wrapped = /^([“‘])([^”’]*)([”’])\.?$/;

/**
 * A statement copied from a numbered list or a quotation keeps the number or the marks, which the
 * site would publish as part of the framework's words: each is a problem, as a pasted bullet is
 * (`plainText` in schemas/common.ts), with the statement as it should be.
 */
export function pastedStatements(content: Pick<ParsedContent, 'attributeFiles'>): Problem[] {
	return attributeEntries(content).flatMap(({ entry, source, path }) => {
		const number = numbering.exec(entry.text)?.[0];
		const rest = entry.text.slice(number?.length ?? 0);
		if (number)
			return [problemAt(source, [...path, 'text'], `starts with "${number.trim()}", the numbering of the list it was copied from, which the site would publish as part of the statement: remove it, so the text starts "${rest.length > 30 ? `${rest.slice(0, 30)}…` : rest}"`)];
		const quoted = wrapped.exec(entry.text);
		if (quoted)
			return [problemAt(source, [...path, 'text'], `is wrapped in the quotation marks ${quoted[1]}…${quoted[3]} of the document it was copied from, and a statement is the framework's own words: remove the two marks`)];
		return [];
	});
}
