import type { ParsedContent } from '../parsed.ts';
import type { Problem } from '../where.ts';
import { unknownRefs } from './helpers.ts';

/** A resource's pathways, capabilities, sub-capabilities and areas exist, or its links would lead nowhere. */
export function resourceReferences(content: ParsedContent): Problem[] {
	const { capabilities, subCapabilities, curriculumAreas } = content.declaredIds;
	const pathways = new Set(content.pathwayFolders.map((folder) => folder.id));
	return content.resources.flatMap(({ value, source }) => [
		...unknownRefs(source, ['pathways'], value.pathways, pathways, 'pathway', 'content/pathways'),
		...unknownRefs(source, ['capabilities'], value.capabilities, capabilities, 'capability', 'capabilities.yaml'),
		...unknownRefs(source, ['subCapabilities'], value.subCapabilities, subCapabilities, 'sub-capability', 'sub-capabilities.yaml'),
		...unknownRefs(source, ['areas'], value.areas, curriculumAreas, 'curriculum area', 'curriculum-areas.yaml'),
		...(value.strategyGroups ?? []).flatMap((group, g) =>
			group.strategies.flatMap((strategy, s) =>
				unknownRefs(source, ['strategyGroups', g, 'strategies', s, 'subCapabilities'], strategy.subCapabilities, subCapabilities, 'sub-capability', 'sub-capabilities.yaml'),
			),
		),
	]);
}
