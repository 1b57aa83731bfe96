/** The site's URLs. Training materials link to these: they must never change. */
import type { Attribute } from '../../schemas/index.ts';

export const urls = {
	home: '/',
	pathways: '/pathways/',
	pathway: (id: string) => `/pathways/${id}/`,
	capabilities: '/capabilities/',
	capability: (id: string) => `/capabilities/${id}/`,
	subCapability: (capabilityId: string, id: string) => `/capabilities/${capabilityId}/${id}/`,
	compare: '/compare/',
	/** Two neighbouring pathways side by side: this one and the one above it (src/lib/pathways-shown.ts). */
	comparePair: (lowerPathwayId: string) => `/compare/${lowerPathwayId}/`,
	/** The comparison pages' PDFs: `/compare/`'s, and a pair page's, named by its lower pathway as the page is. */
	comparePdf: '/downloads/compare.pdf',
	comparePairPdf: (lowerPathwayId: string) => `/downloads/compare-${lowerPathwayId}.pdf`,
	areas: '/curriculum-areas/',
	area: (id: string) => `/curriculum-areas/${id}/`,
	resources: '/resources/',
	search: '/search/',
	links: '/links/',
	/** One pathway's attributes with their codes and permanent links. */
	pathwayLinks: (pathwayId: string) => `/links/${pathwayId}/`,
	actionPlan: '/action-plan/',
	resource: (id: string) => `/resources/${id}/`,
	/** Every version of the content and what changed in each. */
	versions: '/versions/',
	/** A published version of the content, as it was, and its pathway pages. */
	version: (version: string) => `/versions/${version}/`,
	versionPathway: (version: string, pathwayId: string) => `/versions/${version}/pathways/${pathwayId}/`,
	/** A page about the site itself, e.g. `/accessibility/`. */
	sitePage: (id: string) => `/${id}/`,
	/** An attribute's permanent address: its anchor on its pathway's page. */
	attribute: (attribute: Pick<Attribute, 'pathway' | 'id'>) => `/pathways/${attribute.pathway}/#${attribute.id}`,
};

/** The fragment of a sub-capability page's comparison, where "Compare … across pathways" links land. */
export const acrossPathways = 'across-pathways';
