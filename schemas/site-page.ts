/**
 * A page about the site itself (not the framework): about this content, accessibility, privacy,
 * contact. Editors write them as `content/pages/<page-id>.mdx`; the file name is the address.
 */
import { z } from 'zod';
import { text } from './common.ts';

export const sitePageSchema = z.strictObject({
	/** The page's heading and title, e.g. "Accessibility statement". */
	title: text,
	/** One sentence for search engines and link previews. */
	description: text,
	/** The short name in the footer's links, when it differs from the title, e.g. "Accessibility". */
	linkText: text.optional(),
	/** Position among these pages in the footer, from 1. */
	order: z.number({ error: 'must be a whole number: 1 for the first page in the footer' }).int().positive(),
});

export type SitePage = z.output<typeof sitePageSchema>;
