/** How the site names values of the content model. */
import type { Attribute, Framework, Resource } from '../../schemas/index.ts';
import { formatDate } from './format.ts';

export const resourceKindLabel: Record<Resource['kind'], string> = {
	'practical-strategies': 'Practical strategies',
	evidence: 'Evidence',
	'related-framework': 'Related framework',
	'reading-list': 'Reading list',
};

/** Where an attribute's areas come from, in words a reader of a spreadsheet or a search result knows. */
export const areasFromLabel: Record<Attribute['areasFrom'], string> = {
	source: 'as the source prints them',
	'source-symbol': "the editors' reading of the symbol the source prints",
	editorial: 'assigned by the editors',
};

/** Who developed the framework, and where that is said: its own documents name no publisher. */
export function developedBy(framework: Framework): string {
	return `The framework was developed by ${framework.publisher}, according to ${framework.publisherFrom}: the framework's own documents name no publisher.`;
}

/** This site's content version: labelled so that it never reads as an edition of Frontline's framework. */
export function contentVersion(framework: Framework): string {
	return `This site's content version ${framework.version}, ${formatDate(framework.date)} (not an edition of the framework).`;
}

/** Who the source says published, developed or commissioned a resource, as label and name. */
export function resourceCredits(resource: Resource): { key: string; value: string }[] {
	return [
		resource.publisher && { key: 'Published by', value: resource.publisher },
		resource.developedBy && { key: 'Developed by', value: resource.developedBy },
		resource.commissionedBy && { key: 'Commissioned by', value: resource.commissionedBy },
	].filter((credit) => !!credit);
}
