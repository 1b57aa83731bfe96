/**
 * A resource's list of works as its source prints it: "A, B. and C, D. (2010) (eds.) Title (2nd ed.)
 * Place, Publisher", under the source's own heading.
 */
import type { Resource } from '../../schemas/index.ts';

type Reference = NonNullable<Resource['references']>[number];

/** The names joined as the source joins them: "A", "A and B", "A, B and C", unless it prints them otherwise. */
const names = (r: Reference) => r.authorsAsPrinted ?? (r.authors.length > 1 ? `${r.authors.slice(0, -1).join(', ')} and ${r.authors.at(-1)}` : r.authors[0]!);

/** One entry, as the source prints it. */
export function printedReference(r: Reference): string {
	const editors = r.editors ? ` (${r.authors.length > 1 ? 'eds.' : 'ed.'})` : '';
	const where = [r.place, r.publisher].filter(Boolean).join(', ');
	return `${names(r)} (${r.year})${editors} ${r.title}${r.edition ? ` (${r.edition}) ` : ', '}${where}`;
}

/** The list's heading: the source's own, or "Reading list" where it gives none. */
export const referencesHeading = (resource: Pick<Resource, 'referencesTitle'>) => resource.referencesTitle ?? 'Reading list';
