/** Building blocks shared by the entity schemas. */
import { z } from 'zod';

/** A stable content id: lowercase words joined by hyphens, e.g. `making-decisions`. */
export const contentId = z
	.string({ error: 'must be an id in lowercase words joined by hyphens, e.g. making-decisions' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'must be lowercase words joined by hyphens, e.g. making-decisions (no spaces, capitals or "&")',
	});

/** Text an editor must not leave empty. Surrounding white space is trimmed. */
export const text = z
	.string({ error: 'must be text' })
	.trim()
	.min(1, { error: 'must not be empty' });

/**
 * The framework's words as plain text: the site escapes what it shows, so markup copied from a
 * source would be published as visible tags. `<svg/onload…>` is a tag too (a "/" may end its name).
 */
export const plainText = text.refine((statement) => !/<\/?[a-z][a-z0-9]*([\s/][^>]*)?>|\*\*\S|__\S|[•▪●]|^[-*] |&(?:[a-z]+|#\d+|#x[0-9a-f]+);|\p{Extended_Pictographic}/iu.test(statement), {
	error: 'must be plain text, as the site shows it exactly as written: remove any <tags>, ** or __, bullets (•, "- "), codes like &amp; and symbols (the area symbol goes in sourceSymbol) copied from the source',
});

/** Ids this item was published under before, so that old links still reach it. Never reuse one. */
export const formerIds = z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be an old id: lowercase words joined by hyphens' })).default([]);

/** A list of ids, each named once. */
export const idList = z.array(contentId).refine((ids) => new Set(ids).size === ids.length, {
	error: 'names the same id twice; list each once',
});

/**
 * A publication date, `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
 * YAML loaders differ (some turn an unquoted date into a Date), so both forms end as the same text.
 */
export const publicationDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known' })
		.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
			error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known',
		})
		// 2026-02-30 has the right shape but is no day: JavaScript would quietly make it 2 March.
		.refine((date) => !/^\d{4}-\d\d-\d\d$/.test(date) || new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), {
			error: 'is not a day of the calendar (that month has fewer days): correct the day',
		}),
);

// Only https: the scheme is what a reader's browser runs, and `javascript:` would run code (`z.url()` alone accepts any scheme).
/** A web address, https only. */
export const url = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be a full web address starting with https://' });
