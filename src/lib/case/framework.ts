/**
 * One pathway as a CASE framework: its CFDocument, CFItems (capabilities, sub-capabilities and
 * attributes) and CFAssociations (`isChildOf` for the hierarchy, `exactMatchOf` to the same
 * capability or sub-capability in the pathway before and the pathway after). Objects here are as a
 * CFPackage holds them.
 */
import type { Attribute } from '../../../schemas/index.ts';
import { descriptionIn, pathwayTitle } from '../exchange/input.ts';
import { areasFromLabel } from '../labels.ts';
import { urls } from '../urls.ts';
import {
	caseId, changeDateTime, conceptRoot, firstId, itemTypes, sameAcrossPathways,
	type CaseAddresses, type CaseAssociation, type CaseFramework, type CaseInput, type CaseItem, type CaseLink, type ItemTypeKey,
} from './model.ts';

export const documentName = (pathwayId: string) => `document:${pathwayId}`;
export const capabilityName = (pathwayId: string, capability: { id: string; formerIds: string[] }) => `item:${pathwayId}:capability:${firstId(capability)}`;
export const subCapabilityName = (pathwayId: string, sub: { id: string; formerIds: string[] }) => `item:${pathwayId}:sub-capability:${firstId(sub)}`;
export const attributeName = (attribute: { id: string; formerIds: string[] }) => `item:attribute:${firstId(attribute)}`;

export const link = (to: { identifier: string; uri: string }, title: string): CaseLink => ({ title, identifier: to.identifier, uri: to.uri });

export function itemTypeLink(key: ItemTypeKey, at: CaseAddresses): CaseLink {
	const type = itemTypes.find((t) => t.key === key)!;
	const identifier = caseId(`item-type:${key}`);
	return { title: type.title, identifier, uri: at.case('CFItemTypes', identifier) };
}

export function conceptRootLink(at: CaseAddresses): CaseLink {
	const identifier = caseId(`concept:${conceptRoot.key}`);
	return { title: conceptRoot.title, identifier, uri: at.case('CFConcepts', identifier) };
}

export function groupingLink(at: CaseAddresses): CaseLink {
	const identifier = caseId(`association-grouping:${sameAcrossPathways.key}`);
	return { title: sameAcrossPathways.title, identifier, uri: at.case('CFAssociationGroupings', identifier) };
}

/**
 * The pathways an item is linked to the same item in: the one before and the one after, in pathway
 * order. A leader compares a level with the one above or below it, and the associations grow with
 * the number of pathways, not with its square. With two pathways, each is the other's neighbour.
 */
export function neighbours<P extends { id: string }>(pathways: readonly P[], id: string): P[] {
	const at = pathways.findIndex((p) => p.id === id);
	return [pathways[at - 1], pathways[at + 1]].filter((p): p is P => at >= 0 && p !== undefined);
}

/** The site's sentence on its areas' descriptions, as /curriculum-areas/ words it. */
export const areaDescriptionsNote = "The descriptions of the curriculum areas (CFConcepts) are the site's own summaries, not the framework's words.";

/** What the document's `version` and `creator` are: the site's content version, and whom the site cites, its judgement (/cite/). */
export const versionAndCreatorNote =
	"Its version is this site's content version, not an edition of the framework. Its creator is whom this site cites as the framework's authors, the site's own judgement: the framework's documents name no author or publisher.";

/**
 * The document's notes: where its attributes' curriculum areas (conceptKeywords) come from, the
 * source or the site's editors, that the areas' descriptions are the site's own, and what its
 * version and creator are. Where the pathway's attributes differ, each attribute's notes say which
 * (`attributeAreasNote`).
 */
export function documentNotes(attributes: Pick<Attribute, 'areasFrom'>[]): string {
	const kinds = [...new Set(attributes.map((a) => a.areasFrom))];
	const areas = "Each attribute's curriculum areas (conceptKeywords)";
	const from = kinds.length === 1 ? [`${areas}: ${areasFromLabel[kinds[0]!]}.`] : kinds.length > 1 ? [`${areas} come from the source or the editors: its notes say which.`] : [];
	return [...from, areaDescriptionsNote, versionAndCreatorNote].join(' ');
}
const attributeAreasNote = (attribute: Pick<Attribute, 'areasFrom'>) => `Curriculum areas: ${areasFromLabel[attribute.areasFrom]}.`;

export function caseFramework(input: CaseInput, pathway: CaseInput['pathways'][number], at: CaseAddresses): CaseFramework {
	const lastChangeDateTime = changeDateTime(input.about.date);
	const attributes = input.capabilities.flatMap((c) => c.subCapabilities.flatMap((sub) => sub.attributesByPathway.get(pathway.id) ?? []));
	const mixedAreas = new Set(attributes.map((a) => a.areasFrom)).size > 1;
	const documentId = caseId(documentName(pathway.id));
	const document = {
		identifier: documentId,
		uri: at.case('CFDocuments', documentId),
		caseVersion: '1.1',
		creator: input.about.publisher,
		title: pathwayTitle(input, pathway),
		lastChangeDateTime,
		officialSourceURL: at.page(urls.pathway(pathway.id)),
		// No `publisher` (optional in CASE): the sources name none. `creator` (required) is whom the
		// references name as the framework's authors, the site's judgement (/cite/).
		// The pathway's source's own introduction: the document describes itself in its own words.
		...(pathway.introduction ? { description: pathway.introduction } : {}),
		language: 'en-GB',
		version: input.about.version,
		// Where the site's judgement begins: CASE has no field for it on a concept or keyword, so the document says it.
		notes: documentNotes(attributes),
	};
	const documentLink = link(document, document.title);
	const items: CaseItem[] = [];
	const associations: CaseAssociation[] = [];
	const areaTitle = new Map(input.curriculumAreas.map((a) => [a.id, a.title]));

	const addItem = (name: string, key: ItemTypeKey, fields: { fullStatement: string; humanCodingScheme: string; order: number; page: string; notes?: string; areas?: string[]; formerCodes?: string[] }, parent: CaseLink): CaseLink => {
		const identifier = caseId(name);
		const type = itemTypeLink(key, at);
		const item: CaseItem = {
			identifier,
			fullStatement: fields.fullStatement,
			CFItemType: type.title,
			uri: at.case('CFItems', identifier),
			humanCodingScheme: fields.humanCodingScheme,
			listEnumeration: String(fields.order),
			...(fields.areas ? { conceptKeywords: fields.areas.map((id) => areaTitle.get(id) ?? id), conceptKeywordsURI: conceptRootLink(at) } : {}),
			...(fields.notes ? { notes: fields.notes } : {}),
			language: 'en-GB',
			CFItemTypeURI: type,
			lastChangeDateTime,
			// CASE 1.1 has one humanCodingScheme: a moved attribute's published codes go beside it, for consumers that stored one.
			extensions: { 'lcf:webpage': at.page(fields.page), ...(fields.formerCodes?.length ? { 'lcf:formerCodes': fields.formerCodes } : {}) },
		};
		items.push(item);
		const itemLink = link(item, `${item.humanCodingScheme} ${item.fullStatement}`);
		associations.push(association('isChildOf', itemLink, parent, { sequenceNumber: fields.order }));
		return itemLink;
	};
	// Named by what it links, not by its type: a pathway rewording a description turns an exact match
	// into a related one and keeps its identifier.
	const association = (associationType: string, origin: CaseLink, destination: CaseLink, extra: Record<string, unknown> = {}): CaseAssociation => {
		const kind = associationType === 'isChildOf' ? 'isChildOf' : 'across-pathways';
		const identifier = caseId(`association:${kind}:${origin.identifier}:${destination.identifier}`);
		return { identifier, associationType, ...extra, uri: at.case('CFAssociations', identifier), originNodeURI: origin, destinationNodeURI: destination, lastChangeDateTime };
	};
	const elsewhere = neighbours(input.pathways, pathway.id);
	// The same capability or sub-capability in each neighbouring pathway's document: an exact match
	// where both pathways word it alike, related where one pathway's source words its description its own way.
	const matches = (origin: CaseLink, nameIn: (pathwayId: string) => string, wordingIn: (pathwayId: string) => string) => {
		for (const other of elsewhere) {
			const identifier = caseId(nameIn(other.id));
			const destination = { title: origin.title, identifier, uri: at.case('CFItems', identifier) };
			const type = wordingIn(other.id) === wordingIn(pathway.id) ? 'exactMatchOf' : 'isRelatedTo';
			associations.push(association(type, origin, destination, { CFAssociationGroupingURI: groupingLink(at) }));
		}
	};

	for (const capability of input.capabilities) {
		const capabilityLink = addItem(capabilityName(pathway.id, capability), 'capability', {
			fullStatement: capability.title, humanCodingScheme: capability.code, order: capability.order,
			page: urls.capability(capability.id), notes: capability.description,
		}, documentLink);
		matches(capabilityLink, (other) => capabilityName(other, capability), () => capability.description);
		for (const sub of capability.subCapabilities) {
			const subLink = addItem(subCapabilityName(pathway.id, sub), 'sub-capability', {
				fullStatement: sub.title, humanCodingScheme: sub.code, order: sub.order,
				page: urls.subCapability(capability.id, sub.id), notes: descriptionIn(sub, pathway.id),
			}, capabilityLink);
			matches(subLink, (other) => subCapabilityName(other, sub), (pathwayId) => descriptionIn(sub, pathwayId));
			for (const attribute of sub.attributesByPathway.get(pathway.id) ?? [])
				addItem(attributeName(attribute), 'attribute', {
					fullStatement: attribute.text, humanCodingScheme: attribute.code, order: attribute.order,
					page: urls.attribute(attribute), areas: attribute.areas, formerCodes: attribute.formerCodes ?? [], ...(mixedAreas ? { notes: attributeAreasNote(attribute) } : {}),
				}, subLink);
		}
	}
	return { document, items, associations };
}
