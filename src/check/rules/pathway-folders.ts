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
			// Its attributes' codes and ids say the folder's number or this one: they are checked once the two agree.
			const message = !taken
				? `is ${value.number}, but the folder is "${id}": name the folder pathway-${value.number}, or correct the number (its attributes' codes and ids are checked once the two agree)`
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

/**
 * A pathway's attributes file that repeats another's ids (a folder copied to start a new pathway):
 * one problem for the file, not one per id and code; its attributes are then left unchecked.
 */
export function copiedAttributeFiles(content: ParsedContent): { problems: Problem[]; copies: Set<string> } {
	const problems: Problem[] = [];
	const copies = new Set<string>();
	const idsOf = (file: ParsedContent['attributeFiles'][number]) => Object.values(file.value).flatMap((entries) => entries.map((entry) => entry.id));
	// The copy, of two files sharing ids, is the one whose ids start less with its own number ("p4-" in pathway-4), or the later.
	const own = (file: ParsedContent['attributeFiles'][number]) => idsOf(file).filter((id) => id.startsWith(`${(file.id ?? '').replace('pathway-', 'p')}-`)).length;
	content.attributeFiles.forEach((file, index) => {
		const ids = idsOf(file);
		const original = content.attributeFiles.find((other, at) => other !== file && !copies.has(other.id ?? '') && idsOf(other).filter((id) => ids.includes(id)).length * 2 > ids.length && (own(other) > own(file) || (own(other) === own(file) && at < index)));
		if (!original || !ids.length) return;
		copies.add(file.id ?? '');
		const shared = idsOf(original).filter((id) => ids.includes(id)).length;
		const n = /^pathway-(\d+)$/.exec(file.id ?? '')?.[1] ?? 'N';
		problems.push({
			file: file.source.file,
			line: 1,
			message: `has ${shared} of its ${ids.length} attributes with the ids of ${original.source.file}: it looks like a copy of ${original.id}. A pathway's attributes are its own: write this pathway's statements, each with its own id (p${n}-…) and code (P${n}-…), or delete this folder if it was copied by mistake (its attributes are checked once their ids are their own)`,
		});
	});
	return { problems, copies };
}
