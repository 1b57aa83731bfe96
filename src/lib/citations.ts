/**
 * Every citable item — capability, sub-capability, attribute — with its code and permanent URL,
 * for the link index, `/links.json` and the registry of published links.
 */
import type { Model } from './model.ts';

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
	/** Codes an attribute had before it moved to another sub-capability; only when it has some. */
	formerCodes?: string[];
	pathway?: string;
	capability: string;
	subCapability?: string;
}

export function citableItems(model: Pick<Model, 'capabilities' | 'subCapabilities' | 'attributes'>): CitableItem[] {
	return [
		...model.capabilities.map((c): CitableItem => ({
			code: c.code,
			kind: 'capability',
			id: c.id,
			title: c.title,
			url: c.url,
			formerIds: c.formerIds,
			capability: c.id,
		})),
		...model.subCapabilities.map((s): CitableItem => ({
			code: s.code,
			kind: 'sub-capability',
			id: s.id,
			title: s.title,
			url: s.url,
			formerIds: s.formerIds,
			capability: s.capability.id,
		})),
		...model.attributes.map((a): CitableItem => ({
			code: a.code,
			kind: 'attribute',
			id: a.id,
			title: a.text,
			url: a.url,
			formerIds: a.formerIds,
			...(a.formerCodes?.length ? { formerCodes: a.formerCodes } : {}),
			pathway: a.pathway.id,
			capability: a.capability.id,
			subCapability: a.subCapability.id,
		})),
	];
}
