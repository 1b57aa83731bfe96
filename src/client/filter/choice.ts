/** What the reading pages' filter keeps and says, as plain functions of the choice (tests/unit/filter.test.ts). */
export const dimensions = ['pathway', 'capability', 'area'] as const;
export type Dimension = (typeof dimensions)[number];
/** The ticked values of each group of boxes. */
export type Choice = Record<Dimension, string[]>;

/** Whether a pathway column or capability section with this id stays: nothing chosen in its group keeps all. */
export const keeps = (choice: Choice, name: 'pathway' | 'capability', value: string | undefined): boolean =>
	!choice[name].length || !value || choice[name].includes(value);

/** Whether an attribute with these areas (its `data-areas`, space-separated) stays. */
export const keepsAreas = (choice: Choice, areas: string): boolean => !choice.area.length || areas.split(' ').some((area) => choice.area.includes(area));

/** The ticked boxes that leave something out: all of a group ticked (both pathways, say) is everything. */
export function narrowing<T extends { checked: boolean }>(groups: T[][]): T[] {
	return groups.flatMap((boxes) => {
		const ticked = boxes.filter((box) => box.checked);
		return ticked.length < boxes.length ? ticked : [];
	});
}

/**
 * Which one-pathway-or-all choice (PathwayChoice) the URL's pathways make: one of them, all ('' — none
 * named, or every one), or none of the choices (two of four, say, chosen with the compare page's boxes).
 */
export function pathwayChoice(named: string[], offered: string[]): string | undefined {
	const chosen = offered.filter((id) => named.includes(id));
	if (!chosen.length || chosen.length === offered.length) return '';
	return chosen.length === 1 ? chosen[0] : undefined;
}

/** The filter's status line; `hidden` counts the sub-capabilities it hides for having no match. */
export function filterStatus(shown: number, all: number, labels: string[], hidden?: { none: number; of: number }): string {
	if (!labels.length) return `Showing all ${all} attributes.`;
	const none = hidden?.none
		? ` ${hidden.none} of ${hidden.of} ${hidden.of === 1 ? 'sub-capability' : 'sub-capabilities'} ${hidden.none === 1 ? 'has' : 'have'} none and ${hidden.none === 1 ? 'is' : 'are'} hidden.`
		: '';
	return `Showing ${shown} of ${all} attributes. Filtered by: ${labels.join(', ')}.${none}`;
}
