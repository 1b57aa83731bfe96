import type { ParsedContent } from '../parsed.ts';
import type { Problem } from '../where.ts';
import { checkUnique } from './helpers.ts';

/** Orders, area ids and area symbols are each used once: two items in one place would swap at random. */
export function uniqueOrders(content: ParsedContent): Problem[] {
	return [
		...checkUnique(content.capabilities, (c) => c.order, 'order', "capability's order"),
		...checkUnique(content.subCapabilities, (s) => `${s.capability} ${s.order}`, 'order', "sub-capability's order within its capability"),
		...checkUnique(content.curriculumAreas, (a) => a.id, 'id', 'curriculum area id'),
		...checkUnique(content.curriculumAreas, (a) => a.order, 'order', "curriculum area's order"),
		...checkUnique(content.curriculumAreas.filter((a) => a.value.sourceSymbol), (a) => a.sourceSymbol, 'sourceSymbol', "area's symbol"),
	];
}
