import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';

/** A pathway's folder is named by its number (it is its address), and holds both its files. */
export function pathwayFolders(content: ParsedContent): Problem[] {
	return [
		...content.pathways.flatMap(({ id, value, source }) => {
			if (id === `pathway-${value.number}`) return [];
			const named = /^pathway-([1-9]\d*)$/.exec(id ?? '')?.[1];
			// The folder the number asks for exists already: renaming onto it is impossible.
			const taken = content.pathwayFolders.some((folder) => folder.id === `pathway-${value.number}`);
			const message = !taken
				? `is ${value.number}, but the folder is "${id}": name the folder pathway-${value.number}, or correct the number`
				: named
					? `is ${value.number}, which pathways/pathway-${value.number} has too: correct it to ${named}, the number of this folder; if this folder is a copy of pathway-${value.number}, delete this folder`
					: `is ${value.number}, so the folder "${id}" looks like a copy of pathways/pathway-${value.number}, so its attributes are not checked: delete the copy, or give it its own number N and name its folder pathway-N`;
			return [problemAt(source, ['number'], message)];
		}),
		...content.pathwayFolders.flatMap((folder) =>
			folder.missing.map((file) => ({ file: `${folder.file}/${file}`, message: 'is missing: every pathway folder needs pathway.mdx and attributes.yaml' })),
		),
	];
}
