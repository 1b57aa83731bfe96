/** Where the references are: the framework's and each pathway's, and each item's on its pathway's list. */
export const citeUrls = {
	framework: '/cite/',
	pathway: (pathwayId: string) => `/cite/${pathwayId}/`,
	/** An item's references on its pathway's list, by the item's id. */
	item: (pathwayId: string, id: string) => `/cite/${pathwayId}/#${id}`,
};
