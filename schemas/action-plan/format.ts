/**
 * The facts of the action plan's format, defined once: the schemas, the planner's storage and its
 * export all import them. Plain values with no zod, so the planner's own code stays small.
 */

/** What every export says it is, so that another JSON file is recognised as not a plan. */
export const actionPlanFormat = 'lcf-action-plan';

/** The version exports are written in; older ones are upgraded on import (`upgrade.ts`). */
export const actionPlanVersion = 2;

/** The browser storage key of the plans; every other key the planner writes starts with it. */
export const planStorageKey = 'lcf-action-plan';

/** The most a leader's answer may hold; the planner's boxes stop there too, so its own exports always import. */
export const noteLimit = 10_000;
/**
 * The most items a plan may hold, and reviews an item: far beyond a real plan (one item per attribute
 * and strategy of a pathway is under 100), and few enough that the planner draws the plan at once.
 * A file beyond them (a 13,000-item plan froze the page) is refused on import, saying so.
 */
export const itemLimit = 500;
export const reviewLimit = 200;

/**
 * The order of an item's fields in an export, as the schemas list them (a unit test holds the two
 * together), so that a plan exported, imported and exported again is the same file.
 */
export const planItemFieldOrder = [
	'kind',
	'id',
	'code',
	'resource',
	'group',
	'groupTitle',
	'text',
	'pathway',
	'level',
	'evidence',
	'added',
	'try',
	'whenWhere',
	'support',
	'measure',
	'reviews',
] as const;
