import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { didYouMean, list } from './helpers.ts';

/**
 * A pathway's own wording of a sub-capability is for a pathway that exists, and only where its
 * source differs: a copy of the shared one would hide nothing but invite drift.
 */
export function pathwayDescriptions(content: ParsedContent): Problem[] {
	const pathwayIds = new Set(content.pathwayFolders.map((folder) => folder.id));
	return content.subCapabilities.flatMap(({ value, source, path }) =>
		Object.entries(value.pathwayDescriptions).flatMap(([pathway, wording]) => {
			const at = [...path, 'pathwayDescriptions', pathway];
			if (!pathwayIds.has(pathway))
				return [problemAt(source, at, `"${pathway}" is not a known pathway: use the id of a folder in pathways/${list(pathwayIds)}.${didYouMean(pathway, pathwayIds)}`)];
			if (wording === value.description)
				return [problemAt(source, at, 'is the same as description: give a pathway its own wording only where its source differs, or remove it')];
			return [];
		}),
	);
}
