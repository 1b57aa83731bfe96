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

/** The filter's status line. */
export const filterStatus = (shown: number, all: number, labels: string[]): string =>
	labels.length ? `Showing ${shown} of ${all} attributes. Filtered by: ${labels.join(', ')}.` : `Showing all ${all} attributes.`;
