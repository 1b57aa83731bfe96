import type { Parsed, ParsedContent } from '../parsed.ts';
import type { Problem } from '../where.ts';
import { attributeEntries, checkUnique } from './helpers.ts';

/** Capability, sub-capability and attribute ids share one namespace: they are all page anchors. */
export function uniqueIds(content: ParsedContent): Problem[] {
	const attributes: Parsed<{ id: string }>[] = attributeEntries(content).map(({ entry, source, path }) => ({ value: entry, source, path }));
	return checkUnique(
		[...content.capabilities, ...content.subCapabilities, ...attributes] as Parsed<{ id: string }>[],
		(entry) => entry.id,
		'id',
		'capability, sub-capability and attribute id (each is a page anchor)',
	);
}
