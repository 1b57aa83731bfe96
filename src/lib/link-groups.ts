/**
 * The groups of the link index: capabilities and sub-capabilities on `/links/`, and each pathway's
 * attributes, capability by capability, on a page of their own (`/links/<pathway>/`), so that no
 * page lists every pathway's attributes. Each group keeps the id its heading had when `/links/`
 * listed everything, and `/links/` keeps an entry under that id leading on to it, so old
 * `/links/#links-…` links still land.
 */
import type { CitableItem } from './citations.ts';
import type { Model } from './model.ts';

export interface LinkGroup {
	heading: string;
	/** The id of its heading, as it was on `/links/`. */
	id: string;
	items: CitableItem[];
	/** The pathway's short label ("Pathway 3"), for a pathway's attributes: a copied link's label names it. */
	pathway?: string;
}

export const linkGroupId = (heading: string) => `links-${heading.replace(/\W+/g, '-').toLowerCase()}`;

const group = (heading: string, items: CitableItem[]): LinkGroup => ({ heading, id: linkGroupId(heading), items });

/** The capabilities and sub-capabilities: few whatever the number of pathways, so listed on `/links/` itself. */
export function frameworkGroup(items: CitableItem[]): LinkGroup {
	return group('Capabilities and sub-capabilities', items.filter((i) => i.kind !== 'attribute'));
}

/** One pathway's attributes, a group per capability. */
export function pathwayGroups(model: Pick<Model, 'capabilities'>, pathway: Model['pathways'][number], items: CitableItem[]): LinkGroup[] {
	return model.capabilities.map((capability) => ({
		...group(`${pathway.shortLabel}: ${capability.title}`, items.filter((i) => i.kind === 'attribute' && i.pathway === pathway.id && i.capability === capability.id)),
		pathway: pathway.shortLabel,
	}));
}
