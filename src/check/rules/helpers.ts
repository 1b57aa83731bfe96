/** What the rules share: listing the ids an editor may use, "did you mean", uniqueness, references, what is unread. */
import { citeUrls } from '../../lib/cite/urls.ts';
import { urls } from '../../lib/urls.ts';
import type { Parsed, ParsedContent } from '../parsed.ts';
import { distance, problemAt } from '../problems.ts';
import type { Path, Problem, SourceFile } from '../where.ts';

/** The ids an editor may use, when there are few enough to read in a message. */
export const list = (ids: Set<string>) => (ids.size && ids.size <= 10 ? ` (${[...ids].join(', ')})` : '');

/** `did you mean "x"?` when a known id is a slip of the keyboard away from `id`. */
export const didYouMean = (id: string, ids: Iterable<string>) => {
	const close = [...ids].find((known) => distance(id, known) <= 2);
	return close ? ` Did you mean "${close}"?` : '';
};

/** Reports each later use of a key already used, naming where it was first used. */
export function checkUnique<T>(entries: Parsed<T>[], key: (value: T) => unknown, field: keyof T & string, what: string): Problem[] {
	const first = new Map<unknown, Parsed<T>>();
	return entries.flatMap((entry) => {
		const earlier = first.get(key(entry.value));
		if (!earlier) return first.set(key(entry.value), entry), [];
		const where = `${earlier.source.file}:${earlier.source.lineOf([...earlier.path, field]) ?? 1}`;
		const message = `${String(entry.value[field])} is already used at ${where}: each ${what} must be unique`;
		return [problemAt(entry.source, [...entry.path, field], message)];
	});
}

/**
 * Each id in `ids` that is not one of `known`, reported at `path` + its index. `known` is undefined
 * when its file could not be read: then nothing is reported, as that file has its own problem.
 */
export function unknownRefs(source: SourceFile, path: Path, ids: string[], known: Set<string> | undefined, what: string, where: string): Problem[] {
	if (!known) return [];
	return ids.flatMap((id, index) =>
		known.has(id) ? [] : [problemAt(source, [...path, index], `"${id}" is not a known ${what}: use one of the ids in ${where}${list(known)}.${didYouMean(id, known)}`)],
	);
}

/** Every attribute entry of every pathway's file, with where it sits. */
export const attributeEntries = (content: Pick<ParsedContent, 'attributeFiles'>) =>
	content.attributeFiles.flatMap(({ value: file, source }) =>
		Object.entries(file).flatMap(([subCapability, entries]) => entries.map((entry, index) => ({ entry, source, subCapability, path: [subCapability, index] as Path }))),
	);

/**
 * What the rules cannot check while a file is unread or has an entry that failed its schema (each
 * such file has its own problem): the pages made from it, and the sections of every pathway page
 * when a capability or sub-capability is missing. A link to one of these is neither right nor
 * wrong yet, so one broken file is one problem, not one more at every link to what it holds.
 */
export function unread({ unchecked }: ParsedContent) {
	const pages = new Set<string>([
		...[...unchecked.pathways].flatMap((id) => [urls.pathway(id), citeUrls.pathway(id), urls.pathwayLinks(id)]),
		...[...unchecked.resources].map((id) => urls.resource(id)),
		...[...unchecked.sitePages].map((id) => urls.sitePage(id)),
	]);
	const sections = unchecked.lists.has('capabilities') || unchecked.lists.has('subCapabilities');
	return {
		/** A capability or sub-capability may be missing, so a pathway page's anchors are not known. */
		sections,
		page: (page: string) =>
			pages.has(page) ||
			(sections && page.startsWith(urls.capabilities)) ||
			(unchecked.lists.has('curriculumAreas') && page.startsWith(urls.areas)) ||
			// Which pathways are compared on which page follows from every pathway's number.
			(unchecked.pathways.size > 0 && page.startsWith(urls.compare)),
	};
}
