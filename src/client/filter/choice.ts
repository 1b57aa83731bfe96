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

/** The filter's status line; `hidden` counts the sub-capabilities it hides for having no match (of many). */
export function filterStatus(shown: number, all: number, labels: string[], hidden?: { none: number; of: number }): string {
	if (!labels.length) return `Showing all ${all} attributes.`;
	const none = hidden?.none ? ` ${hidden.none} of ${hidden.of} sub-capabilities ${hidden.none === 1 ? 'has none and is' : 'have none and are'} hidden.` : '';
	return `Showing ${shown} of ${all} attributes. Filtered by: ${labels.join(', ')}.${none}`;
}
