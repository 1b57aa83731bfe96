/**
 * What the exchange formats (CASE, Moodle, Canvas, citations) are made from: the parts of the
 * model `getModel()` gives (`exchangeData` takes them from it) that they use, as plain data, so that they can be tested on a tiny
 * framework written in the test.
 */
import type { PlanLevel } from '../../../schemas/action-plan/index.ts';
import type { Attribute } from '../../../schemas/index.ts';
import { markdownToText } from '../markdown.ts';
import type { Model } from '../model-types.ts';

export interface FrameworkData {
	/** `content/framework.yaml`'s record: the model's `about`. */
	about: { title: string; summary: string; publisher: string; version: string; date: string };
	/** `introduction` is the pathway's source's own introduction (the body of its `pathway.mdx`), as plain text. */
	pathways: (PathwayData & { introduction: string })[];
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

/** A pathway as the titles and citations need it: `label` and `shortLabel` as pathwayLabels (src/lib/labels.ts) makes them. */
export interface PathwayData { id: string; number: number; title: string; label: string; shortLabel: string }

/** A pathway as the exchange files need it: with its source's introduction. */
export type ExchangePathway = FrameworkData['pathways'][number];

/** The levels of the action plan's self-assessment, lowest first: the scale learning platforms rate attributes on. */
export const planLevels = [
	{ id: 'not-yet', label: 'Not yet' },
	{ id: 'developing', label: 'Developing' },
	{ id: 'confident', label: 'Confident' },
] as const satisfies readonly { id: PlanLevel; label: string }[];

/** "Pathway 2: Middle Leaders". */
export const pathwayName = (pathway: PathwayData) => pathway.label;

/** The framework's title for one pathway, as its source document is titled. */
export const pathwayTitle = (data: Pick<FrameworkData, 'about'>, pathway: PathwayData) => `${data.about.title}, ${pathwayName(pathway)}`;

/** A sub-capability's description as a pathway's source words it. */
export const descriptionIn = (sub: { description: string; pathwayDescriptions: Record<string, string> }, pathwayId: string) =>
	sub.pathwayDescriptions[pathwayId] ?? sub.description;

/** A pathway's introduction as plain text: its `pathway.mdx` body without its markup. */
export const pathwayIntroduction = (body: string) => markdownToText(body);

/** The plain data the exchange formats are made from, out of the resolved model. */
export function exchangeData(model: Model): FrameworkData {
	return {
		about: model.about,
		pathways: model.pathways.map(({ id, number, title, label, shortLabel, body }) => ({ id, number, title, label, shortLabel, introduction: pathwayIntroduction(body) })),
		capabilities: model.capabilities.map(({ id, code, order, title, description, formerIds, subCapabilities }) => ({
			id, code, order, title, description, formerIds,
			subCapabilities: subCapabilities.map((sub) => ({
				id: sub.id, code: sub.code, order: sub.order, title: sub.title, description: sub.description, formerIds: sub.formerIds,
				pathwayDescriptions: sub.pathwayDescriptions,
				attributesByPathway: new Map(sub.byPathway.map(({ pathway, attributes }) => [pathway.id, attributes.map(attributeRecord)])),
			})),
		})),
		curriculumAreas: model.curriculumAreas.map(({ id, order, title, description }) => ({ id, order, title, description })),
	};
}

/** An attribute node as its content record: its relations as ids again. */
function attributeRecord({ pathway, capability: _capability, subCapability, areas, url: _url, ...rest }: Model['attributes'][number]): Attribute {
	return { ...rest, pathway: pathway.id, subCapability: subCapability.id, areas: areas.map((a) => a.id) };
}
