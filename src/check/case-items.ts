/**
 * Which item a published CASE address (`/ims/case/v1p1/CFItems/<identifier>`) stands for. The
 * identifier is a hash of the item's first id (src/lib/case/model.ts), so the address alone names
 * nothing an editor knows: the published versions and the registry of published links say which
 * attribute, capability or sub-capability it was, for the check and the build to name it.
 */
import type { PublishedLink } from '../../schemas/published-link.ts';
import { attributeName, capabilityName, subCapabilityName } from '../lib/case/framework.ts';
import { caseId } from '../lib/case/model.ts';

/** An item as it was published. */
export interface CaseItemOwner {
	kind: 'attribute' | 'capability' | 'sub-capability';
	id: string;
	code?: string | undefined;
	/** Its pathway (a capability and a sub-capability are an item of each pathway's document); for an attribute, its sub-capability then. */
	pathway?: string | undefined;
	subCapability?: string | undefined;
	/** Its words when last published, to put it back by. */
	text?: string | undefined;
}

/** What a published version keeps of the items (a snapshot's document, as `content/versions/*.json` has it). */
export interface PublishedDocument {
	pathways: { id: string }[];
	capabilities: { id: string; code: string; formerIds?: string[] | undefined }[];
	subCapabilities: { id: string; code: string; formerIds?: string[] | undefined }[];
	attributes: { id: string; code: string; pathway: string; subCapability: string; text: string; formerIds: string[] }[];
}

/** The CASE item endpoints that name one item each: they stay as long as the item is published. */
const itemAddress = /^\/ims\/case\/v1p1\/(?:CFItems|CFItemAssociations)\/([0-9a-f-]{36})$/;

/** The identifier in a CASE item's address, or undefined for any other address. */
export const caseItemOf = (url: string) => itemAddress.exec(url)?.[1];

/** Every CASE item identifier ever published, by what it was: later versions win, as their words are the latest. */
export function publishedCaseItems(documents: PublishedDocument[], registry: PublishedLink[]): Map<string, CaseItemOwner> {
	const owners = new Map<string, CaseItemOwner>();
	const add = (name: string, owner: CaseItemOwner) => owners.set(caseId(name), owner);
	const formerIds = (item: { formerIds?: string[] | undefined }) => item.formerIds ?? [];
	// The registry first: it knows items a version did not keep, by the id they were published under.
	const pathways = new Set(registry.flatMap((link) => /^\/pathways\/([^/#]+)\/$/.exec(link.url)?.[1] ?? []));
	for (const link of registry) {
		if (!link.id) continue;
		const attribute = /^\/pathways\/([^/#]+)\/#/.exec(link.url)?.[1];
		if (attribute) add(attributeName({ id: link.id, formerIds: [] }), { kind: 'attribute', id: link.id, code: link.code, pathway: attribute });
		const heading = /^\/capabilities\/[^/]+\/(?:([^/]+)\/)?$/.exec(link.url);
		if (heading)
			for (const pathway of pathways)
				add((heading[1] ? subCapabilityName : capabilityName)(pathway, { id: link.id, formerIds: [] }), { kind: heading[1] ? 'sub-capability' : 'capability', id: link.id, code: link.code, pathway });
	}
	for (const document of documents) {
		for (const { id: pathway } of document.pathways) {
			for (const c of document.capabilities) add(capabilityName(pathway, { id: c.id, formerIds: formerIds(c) }), { kind: 'capability', id: c.id, code: c.code, pathway });
			for (const s of document.subCapabilities) add(subCapabilityName(pathway, { id: s.id, formerIds: formerIds(s) }), { kind: 'sub-capability', id: s.id, code: s.code, pathway });
		}
		for (const a of document.attributes) add(attributeName(a), { kind: 'attribute', id: a.id, code: a.code, pathway: a.pathway, subCapability: a.subCapability, text: a.text });
	}
	return owners;
}

/** "attribute p2-clear-on-own-strengths (P2-CU2.1)": an owner as an editor knows it. */
export const ownerName = (owner: CaseItemOwner) => `${owner.kind} ${owner.id}${owner.code ? ` (${owner.code})` : ''}`;
