/**
 * What the action planner needs to know about the framework, worked out once from the model. The
 * page embeds the pathways and every strategy of every resource (`actionPlanData`); each pathway's
 * attributes, with their places and where its former attribute ids now point, are a file of their
 * own (`plannerCatalogue`), loaded when a plan for that pathway is opened, so that the page stays
 * light however many pathways there are.
 */
import type { Model } from './model.ts';

export interface PlannerAttribute {
	id: string;
	code: string;
	text: string;
	pathway: string;
	/** The title of the sub-capability it belongs to. */
	subCapability: string;
	/** The title of that sub-capability's capability. */
	capability: string;
	/** Its permanent address, from the model (so that the planner's script builds no URL). */
	url: string;
}

export interface PlannerResource {
	id: string;
	title: string;
	url: string;
	groups: { id: string; title: string; strategies: { id: string; title: string }[] }[];
}

export interface PlannerData {
	/** Each with its labels ("Pathway 2: Middle Leaders", "Pathway 2"), so that the planner never makes them, and its catalogue's address. */
	pathways: { id: string; label: string; shortLabel: string; catalogue: string }[];
	/** Only resources that have strategies. */
	resources: PlannerResource[];
}

/** One pathway's part of what the planner knows: the file at the pathway's `catalogue` address. */
export interface PlannerCatalogue {
	/** In framework order. */
	attributes: PlannerAttribute[];
	/** Former attribute id → current id, for this pathway's attributes. */
	redirects: Record<string, string>;
}

/** Where a pathway's catalogue is published (`src/pages/action-plan/[pathway].json.ts`). */
export const plannerCatalogueUrl = (pathwayId: string) => `/action-plan/${pathwayId}.json`;

export function plannerCatalogue(pathway: Model['pathways'][number]): PlannerCatalogue {
	return {
		attributes: pathway.attributes.map((a) => ({
			id: a.id,
			code: a.code,
			text: a.text,
			pathway: pathway.id,
			subCapability: a.subCapability.title,
			capability: a.capability.title,
			url: a.url,
		})),
		redirects: Object.fromEntries(pathway.attributes.flatMap((attribute) => attribute.formerIds.map((old) => [old, attribute.id]))),
	};
}

export function actionPlanData(model: Pick<Model, 'pathways' | 'resources'>): PlannerData {
	return {
		pathways: model.pathways.map(({ id, label, shortLabel }) => ({ id, label, shortLabel, catalogue: plannerCatalogueUrl(id) })),
		resources: model.resources
			.filter((resource) => resource.strategyGroups?.length)
			.map((resource) => ({
				id: resource.id,
				title: resource.title,
				url: resource.url,
				groups: (resource.strategyGroups ?? []).map((group) => ({
					id: group.id,
					title: group.title,
					strategies: group.strategies.map((strategy) => ({ id: strategy.id, title: strategy.title })),
				})),
			})),
	};
}

/** The resources the planner's explanation points to: those with strategies, and the one with a model of self-directed learning. */
export function actionPlanGuides(model: Pick<Model, 'resources'>) {
	const link = ({ title, url }: Model['resources'][number]) => ({ title, url });
	const learning = model.resources.find((r) => r.learningModel);
	return {
		strategies: model.resources.filter((r) => r.strategyGroups?.length).map(link),
		learningModel: learning && { ...link(learning), model: learning.learningModel!.title },
	};
}
