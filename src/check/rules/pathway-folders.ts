import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';

/** A pathway's folder is named by its number (it is its address), and holds both its files. */
export function pathwayFolders(content: ParsedContent): Problem[] {
	return [
		...content.pathways.flatMap(({ id, value, source }) =>
			id === `pathway-${value.number}`
				? []
				: [problemAt(source, ['number'], `is ${value.number}, but the folder is "${id}": name the folder pathway-${value.number}, or correct the number`)],
		),
		...content.pathwayFolders.flatMap((folder) =>
			folder.missing.map((file) => ({ file: `${folder.file}/${file}`, message: 'is missing: every pathway folder needs pathway.mdx and attributes.yaml' })),
		),
	];
}
