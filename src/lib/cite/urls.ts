/** Where the references are: the framework's and each pathway's, and each item's on its pathway's list. */
export const citeUrls = {
	framework: '/cite/',
	pathway: (pathwayId: string) => `/cite/${pathwayId}/`,
	/** An item's references on its pathway's list, by the item's id. */
	item: (pathwayId: string, id: string) => `/cite/${pathwayId}/#${id}`,
	/**
	 * A capability's or sub-capability's heading on a pathway's list, by a prefixed id: the pathway's
	 * own page uses the bare ids for its sections, and an attribute's is its own.
	 */
	partHeading: (id: string) => `cite-${id}-heading`,
};
