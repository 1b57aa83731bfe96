/**
 * What the action planner needs to know about the framework, worked out once from the model and
 * embedded in `/action-plan/` as JSON: the pathways, every attribute with its place, every strategy
 * of every resource, and where each former attribute id now points.
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
	/** Each with its labels ("Pathway 2: Middle Leaders", "Pathway 2"), so that the planner never makes them. */
	pathways: { id: string; label: string; shortLabel: string }[];
	/** By pathway, then in framework order. */
	attributes: PlannerAttribute[];
	/** Only resources that have strategies. */
	resources: PlannerResource[];
	/** Former attribute id → current id. */
	redirects: Record<string, string>;
}

export function actionPlanData(model: Pick<Model, 'pathways' | 'attributes' | 'resources'>): PlannerData {
	return {
		pathways: model.pathways.map(({ id, label, shortLabel }) => ({ id, label, shortLabel })),
		attributes: model.attributes.map((a) => ({
			id: a.id,
			code: a.code,
			text: a.text,
			pathway: a.pathway.id,
			subCapability: a.subCapability.title,
			capability: a.capability.title,
			url: a.url,
		})),
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
		redirects: Object.fromEntries(model.attributes.flatMap((attribute) => attribute.formerIds.map((old) => [old, attribute.id]))),
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
