/**
 * Rules that span files: every reference resolves, ids and codes are unique, every pathway covers
 * every sub-capability. They run before the build writes anything, because a broken reference would
 * otherwise surface as a missing section on a page, or not at all. One rule per file; to add one,
 * write it beside these and list it here.
 */
import type { ParsedContent } from '../parsed.ts';
import type { Problem } from '../where.ts';
import { attributeAreas } from './attribute-areas.ts';
import { codeGaps } from './code-gaps.ts';
import { codes } from './codes.ts';
import { pathwayDescriptions } from './pathway-descriptions.ts';
import { implausibleValues } from './implausible-values.ts';
import { pageSize } from './page-size.ts';
import { pathwayAreasAssigned } from './pathway-areas-assigned.ts';
import { pathwayFolders } from './pathway-folders.ts';
import { pastedStatements } from './pasted-statements.ts';
import { publishedLinks } from './published-links.ts';
import { repeatedStatements } from './repeated-statements.ts';
import { resourceReferences } from './resource-references.ts';
import { siteLinks } from './site-links.ts';
import { subCapabilityCapabilities } from './sub-capability-capabilities.ts';
import { subCapabilityCoverage } from './sub-capability-coverage.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniqueOrders } from './unique-orders.ts';

export type Rule = (content: ParsedContent) => Problem[];

export const rules: Rule[] = [
	uniqueOrders,
	subCapabilityCapabilities,
	pathwayDescriptions,
	pathwayFolders,
	pathwayAreasAssigned,
	repeatedStatements,
	pastedStatements,
	subCapabilityCoverage,
	attributeAreas,
	codes,
	siteLinks,
	uniqueIds,
	resourceReferences,
	publishedLinks,
	pageSize,
];

/** Rules whose findings are warnings: shown by `npm run check`, the build and the preview, and stopping none of them. */
export const warningRules: Rule[] = [implausibleValues, codeGaps];

/** Every rule's problems, all at once. */
export const checkRules = (content: ParsedContent): Problem[] => rules.flatMap((rule) => rule(content));

/** Every warning rule's findings. */
export const checkWarnings = (content: ParsedContent): Problem[] => warningRules.flatMap((rule) => rule(content));
