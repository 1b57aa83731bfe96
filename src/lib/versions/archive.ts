/**
 * One pathway as a published version had it, for its page: worked out here from that version's own
 * record, never from the current content, so the page keeps the pathway as it was.
 */
import { areasFromLabel } from '../labels.ts';
import type { VersionRecord } from './history.ts';

type Document = VersionRecord['document'];
type Attribute = Document['attributes'][number];

// Snapshots are read loosely (schemas/version.ts): fields the page shows but the versions are not
// compared on may be missing from an older one.
type Loose = { curriculumAreas?: { id: string; title: string }[] };

/** Its capabilities, with their descriptions, and each sub-capability as this pathway worded it, with its attributes. */
export function archivedPathway(document: Document, pathwayId: string) {
	const areaTitles = new Map(((document as Loose).curriculumAreas ?? []).map((a) => [a.id, a.title]));
	const capabilities = (document.capabilities ?? []).map((capability) => ({
		capability,
		subCapabilities: (document.subCapabilities ?? [])
			.filter((s) => s.capability === capability.id)
			.map((subCapability) => ({
				subCapability,
				description: subCapability.pathwayDescriptions?.[pathwayId] ?? subCapability.description,
				attributes: document.attributes.filter((a) => a.pathway === pathwayId && a.subCapability === subCapability.id),
			}))
			.filter((s) => s.attributes.length),
	}));
	return { capabilities, areaTitle: (id: string) => areaTitles.get(id) ?? id, areasNote: areasNote(document.attributes.filter((a) => a.pathway === pathwayId)) };
}

/** How that version came by the areas it shows ("The curriculum areas shown are assigned by the editors."), unless its source printed them all by name. */
export function areasNote(attributes: Pick<Attribute, 'areasFrom'>[]): string | undefined {
	const from = [...new Set(attributes.map((a) => a.areasFrom))].filter((f) => f !== 'source');
	const labels = from.map((f) => areasFromLabel[f as keyof typeof areasFromLabel] ?? f);
	return labels.length ? `The curriculum areas shown are ${labels.join(' or ')}.` : undefined;
}

/**
 * The link from an archived attribute to the current one that carries it on: its words on the
 * page, and words for screen readers only that make each link's name its own in a list of links
 * (as GOV.UK's "Change<span class="govuk-visually-hidden"> name</span>"). On a page of the current
 * version every link reads "On the current page", so each is told apart by its code; on an older
 * one by the archived code, where it is not the current code the link already shows (two removed
 * attributes may lead to one successor; codes are unique on a page, so at most one goes without).
 */
export function currentLink(attribute: Pick<Attribute, 'code' | 'text'>, now: Pick<Attribute, 'code' | 'text'>, isCurrent: boolean): { shown: string; hidden: string } {
	if (isCurrent) return { shown: 'On the current page', hidden: ` (${attribute.code})` };
	const shown = now.text === attribute.text ? `In the current version: ${now.code}` : `In the current version, ${now.code}: ${now.text}`;
	return { shown, hidden: now.code === attribute.code ? '' : ` (from ${attribute.code})` };
}
