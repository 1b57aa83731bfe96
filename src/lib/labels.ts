/** How the site names values of the content model. */
import type { Attribute, Framework, Pathway, Resource } from '../../schemas/index.ts';
import { formatDate } from './format.ts';

export const resourceKindLabel: Record<Resource['kind'], string> = {
	'practical-strategies': 'Practical strategies',
	evidence: 'Evidence',
	'related-framework': 'Related framework',
	'reading-list': 'Reading list',
};

/** The one place a pathway's name is made: "Pathway 2: Middle Leaders" and, short, "Pathway 2". */
export function pathwayLabels({ number, title }: Pick<Pathway, 'number' | 'title'>): { label: string; shortLabel: string } {
	return { label: `Pathway ${number}: ${title}`, shortLabel: `Pathway ${number}` };
}

/** Where an attribute's areas come from, in words a reader of a spreadsheet or a search result knows. */
export const areasFromLabel: Record<Attribute['areasFrom'], string> = {
	source: 'as the source prints them',
	'source-symbol': "the editors' reading of the symbol the source prints",
	editorial: 'assigned by the editors',
};

/**
 * Whom the site cites as the framework's authors, and why: its own documents name no author or
 * publisher, and the only source that names organisations speaks of the module's resources.
 */
export function developedBy(framework: Framework): string {
	const sentence = `The framework's own documents do not say who made it. This site cites it as by ${framework.publisher}, from ${framework.publisherFrom}`;
	return /[.!?]”?$/.test(sentence) ? sentence : `${sentence}.`;
}

/** This site's content version: labelled so that it never reads as an edition of Frontline's framework. */
export function contentVersion(framework: Framework): string {
	return `This site's content version ${framework.version}, ${formatDate(framework.date)} (not an edition of the framework).`;
}

/**
 * Says once, where a page shows them, that a resource's links to the framework (its pathways,
 * capabilities, sub-capabilities and areas) are the editors', beside the facts its source gives.
 */
export const editorsLinksNote = {
	/** Under a resource's record, naming the rows it shows, e.g. ["Pathways", "Capabilities"]. */
	resource: (rows: string[]) => {
		const kinds = rows.map((row) => row.toLowerCase());
		const listed = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}` : kinds[0];
		return `The site's editors linked this resource to the ${listed} above: the links are their judgement.`;
	},
	/** Under a capability's or sub-capability's related resources. */
	related: "The site's editors linked these resources to this page: the links are their judgement.",
};

/** Who the source says published, developed or commissioned a resource, as label and name. */
export function resourceCredits(resource: Resource): { key: string; value: string }[] {
	return [
		resource.publisher && { key: 'Published by', value: resource.publisher },
		resource.developedBy && { key: 'Developed by', value: resource.developedBy },
		resource.commissionedBy && { key: 'Commissioned by', value: resource.commissionedBy },
	].filter((credit) => !!credit);
}
