/**
 * The framework as CASE 1.1 objects (1EdTech Competencies and Academic Standards Exchange): one
 * CFDocument per pathway holding its capabilities, sub-capabilities and attributes as CFItems,
 * joined by `isChildOf` associations. The mapping is written down in docs/case.md.
 */
import type { FrameworkData } from '../exchange/input.ts';
import { frameworkNamespace, uuidV5 } from './uuid.ts';

/** What the CASE files are made from. */
export type CaseInput = FrameworkData;

/** How CASE objects refer to each other: title, identifier and the URL that serves it. */
export interface CaseLink { title: string; identifier: string; uri: string }
export type CaseObject = Record<string, unknown> & { identifier: string; uri: string };

export interface CaseItem extends CaseObject { fullStatement: string; humanCodingScheme: string }
export interface CaseAssociation extends CaseObject { associationType: string; originNodeURI: CaseLink; destinationNodeURI: CaseLink }
export interface CaseFramework {
	document: CaseObject & { title: string };
	items: CaseItem[];
	associations: CaseAssociation[];
}

/** The base of every CASE address, and the human pages items link to. */
export interface CaseAddresses {
	case: (endpoint: string, identifier: string) => string;
	page: (path: string) => string;
}

/** The identifier of a named thing. Names are made of stable ids only, so identifiers never change. */
export const caseId = (name: string) => uuidV5(name, frameworkNamespace);

/** An item's first id: the oldest it was published under, so that renaming it keeps its identifier. */
export const firstId = (item: { id: string; formerIds: string[] }) => item.formerIds[0] ?? item.id;

/** CASE wants a full date-time; the content gives the day its edition was published. */
export function changeDateTime(date: string): string {
	if (!/^\d{4}-\d\d-\d\d$/.test(date))
		throw new Error(`content/framework.yaml › date: CASE needs the full day the content was published (YYYY-MM-DD), not "${date}".`);
	return `${date}T00:00:00Z`;
}

export const itemTypes = [
	{ key: 'capability', title: 'Capability', hierarchyCode: '1', description: 'One of the four capabilities of the 4C framework.' },
	{ key: 'sub-capability', title: 'Sub-capability', hierarchyCode: '1.1', description: 'One of the seven sub-capabilities of a capability.' },
	{ key: 'attribute', title: 'Effective attribute', hierarchyCode: '1.1.1', description: 'What an effective leader on a pathway demonstrates in a sub-capability.' },
] as const;
export type ItemTypeKey = (typeof itemTypes)[number]['key'];

export const conceptRoot = { key: 'curriculum-areas', title: 'Curriculum areas', hierarchyCode: '1' };
/** The grouping of the links across pathways. Its key makes its identifier, published: it stays as it was named. */
export const sameAcrossPathways = {
	key: 'same-across-pathways',
	title: 'The same in the pathway before or after',
	description: 'Links a capability or sub-capability to the same one in the pathway before it and the pathway after it (a leader compares a level with the one above or below): an exact match where both word it alike, related where one pathway words its description its own way.',
};
