import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries, unknownRefs } from './helpers.ts';

/**
 * An attribute's areas exist, and include the area of the symbol the source prints beside it: the
 * symbol is the source's own word on the area, so the two must agree. Symbols are compared only when
 * every area was read: with one unread, its symbol would seem to be no area's.
 */
export function attributeAreas(content: ParsedContent): Problem[] {
	const areaBySymbol = new Map(content.curriculumAreas.flatMap((a) => (a.value.sourceSymbol ? [[a.value.sourceSymbol, a.value]] : [])));
	// Emoji often carry an invisible variation selector (U+FE0F), which a copy may lose or gain.
	const bare = (symbol: string) => symbol.replace(/\uFE0F/g, '');
	return attributeEntries(content).flatMap(({ entry, source, path }) => {
		const problems = unknownRefs(source, [...path, 'areas'], entry.areas, content.declaredIds.curriculumAreas, 'curriculum area', 'curriculum-areas.yaml');
		const symbol = entry.sourceSymbol;
		if (!symbol || content.unchecked.lists.has('curriculumAreas')) return problems;
		const area = areaBySymbol.get(symbol);
		const near = [...areaBySymbol.keys()].find((known) => bare(known) === bare(symbol));
		if (!area && near)
			problems.push(problemAt(source, [...path, 'sourceSymbol'], `"${symbol}" differs from ${near} only by an invisible character: copy the symbol from curriculum-areas.yaml`));
		else if (!area)
			problems.push(problemAt(source, [...path, 'sourceSymbol'], `"${symbol}" is not the symbol of any area in curriculum-areas.yaml: add it to the right area, or correct it`));
		// An unknown area listed (reported above) is most likely this one renamed: the fix is there.
		else if (!entry.areas.includes(area.id) && !problems.length) problems.push(problemAt(source, [...path, 'areas'], `must include "${area.id}", the area of its symbol ${symbol}`));
		return problems;
	});
}
