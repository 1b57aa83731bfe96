/**
 * Every citable item — capability, sub-capability, attribute — with its code and permanent URL,
 * for the link index, `/links.json` and the registry of published links.
 */
import type { FrameworkModel } from './framework.ts';
import { allSubCapabilities } from './queries.ts';
import { urls } from './urls.ts';

export interface CitableItem {
	code: string;
	kind: 'capability' | 'sub-capability' | 'attribute';
	id: string;
	/** The capability's or sub-capability's title, or the attribute's text. */
	title: string;
	/** The permanent URL path (with the fragment, for an attribute). */
	url: string;
	/** Ids the item had before: their old links still lead to it. */
	formerIds: string[];
	pathway?: string;
	capability: string;
	subCapability?: string;
}

export function citableItems(model: FrameworkModel): CitableItem[] {
	const items: CitableItem[] = model.capabilities.map((c) => ({
		code: c.code,
		kind: 'capability',
		id: c.id,
		title: c.title,
		url: urls.capability(c.id),
		formerIds: c.formerIds,
		capability: c.id,
	}));
	for (const { capability, subCapability } of allSubCapabilities(model)) {
		items.push({
			code: subCapability.code,
			kind: 'sub-capability',
			id: subCapability.id,
			title: subCapability.title,
			url: urls.subCapability(capability.id, subCapability.id),
			formerIds: subCapability.formerIds,
			capability: capability.id,
		});
	}
	for (const pathway of model.pathways)
		for (const { capability, subCapability } of allSubCapabilities(model))
			for (const attribute of subCapability.attributesByPathway.get(pathway.id) ?? [])
				items.push({
					code: attribute.code,
					kind: 'attribute',
					id: attribute.id,
					title: attribute.text,
					url: urls.attribute(attribute),
					formerIds: attribute.formerIds,
					pathway: pathway.id,
					capability: capability.id,
					subCapability: subCapability.id,
				});
	return items;
}
