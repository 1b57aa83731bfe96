/**
 * What the exchange formats (CASE, Moodle, Canvas, citations) are made from: the parts of the
 * model `getFramework()` gives that they use, as plain data, so that they can be tested on a tiny
 * framework written in the test.
 */
import type { PlanLevel } from '../../../schemas/action-plan/index.ts';
import type { Attribute } from '../../../schemas/index.ts';

export interface FrameworkData {
	framework: { title: string; summary: string; publisher: string; version: string; date: string };
	pathways: { id: string; number: number; title: string }[];
	capabilities: {
		id: string; code: string; order: number; title: string; description: string; formerIds: string[];
		subCapabilities: {
			id: string; code: string; order: number; title: string; description: string; formerIds: string[];
			/** A pathway's own wording of the description, where its source words it differently. */
			pathwayDescriptions: Record<string, string>;
			attributesByPathway: Map<string, Attribute[]>;
		}[];
	}[];
	curriculumAreas: { id: string; order: number; title: string; description: string }[];
}

export type PathwayData = FrameworkData['pathways'][number];

/** The levels of the action plan's self-assessment, lowest first: the scale learning platforms rate attributes on. */
export const planLevels = [
	{ id: 'not-yet', label: 'Not yet' },
	{ id: 'developing', label: 'Developing' },
	{ id: 'confident', label: 'Confident' },
] as const satisfies readonly { id: PlanLevel; label: string }[];

/** "Pathway 2: Middle Leaders". */
export const pathwayName = (pathway: PathwayData) => `Pathway ${pathway.number}: ${pathway.title}`;

/** The framework's title for one pathway, as its source document is titled. */
export const pathwayTitle = (data: FrameworkData, pathway: PathwayData) => `${data.framework.title}, ${pathwayName(pathway)}`;

/** A sub-capability's description as a pathway's source words it. */
export const descriptionIn = (sub: { description: string; pathwayDescriptions: Record<string, string> }, pathwayId: string) =>
	sub.pathwayDescriptions[pathwayId] ?? sub.description;
