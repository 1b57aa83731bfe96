import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries } from './helpers.ts';

/**
 * A pathway whose source does not print its areas' names says how the site came by them
 * (`areasAssigned`): the site prints that sentence as the pathway's provenance, and would otherwise
 * have to make one up, or borrow another pathway's story.
 */
export function pathwayAreasAssigned(content: ParsedContent): Problem[] {
	return content.pathways.flatMap(({ id, value, source, path }) => {
		if (value.areasAssigned) return [];
		const file = content.attributeFiles.find((f) => f.id === id);
		const from = new Set(file ? attributeEntries({ attributeFiles: [file] }).map(({ entry }) => entry.areasFrom) : []);
		from.delete('source');
		if (!from.size) return [];
		const message = `is missing: this pathway's attributes say areasFrom: ${[...from].join(' or ')}, so write one sentence saying how their areas were assigned, from what the source shows, e.g. areasAssigned: "The source's symbols cannot be read, so the site's editors chose each attribute's areas from its words."`;
		return [problemAt(source, [...path, 'areasAssigned'], message)];
	});
}
