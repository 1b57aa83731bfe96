/**
 * What the action planner needs to know about the framework, worked out once from the model and
 * embedded in `/action-plan/` as JSON: the pathways, every attribute with its place, every strategy
 * of every resource, and where each former attribute id now points.
 */
import type { FrameworkModel } from './framework.ts';
import { urls } from './urls.ts';

export interface PlannerAttribute {
	id: string;
	code: string;
	text: string;
	pathway: string;
	/** The title of the sub-capability it belongs to. */
	subCapability: string;
	/** The title of that sub-capability's capability. */
	capability: string;
}

export interface PlannerResource {
	id: string;
	title: string;
	url: string;
	groups: { id: string; title: string; strategies: { id: string; title: string }[] }[];
}

export interface PlannerData {
	pathways: { id: string; number: number; title: string }[];
	/** By pathway, then in framework order. */
	attributes: PlannerAttribute[];
	/** Only resources that have strategies. */
	resources: PlannerResource[];
	/** Former attribute id → current id. */
	redirects: Record<string, string>;
}

export function actionPlanData(model: Pick<FrameworkModel, 'pathways' | 'capabilities' | 'resources'>): PlannerData {
	const attributes = model.pathways.flatMap((pathway) =>
		model.capabilities.flatMap((capability) =>
			capability.subCapabilities.flatMap((subCapability) =>
				(subCapability.attributesByPathway.get(pathway.id) ?? []).map((a) => ({
					attribute: a,
					planned: { id: a.id, code: a.code, text: a.text, pathway: a.pathway, subCapability: subCapability.title, capability: capability.title },
				})),
			),
		),
	);
	return {
		pathways: model.pathways.map(({ id, number, title }) => ({ id, number, title })),
		attributes: attributes.map((a) => a.planned),
		resources: model.resources
			.filter((resource) => resource.data.strategyGroups?.length)
			.map(({ id, data }) => ({
				id,
				title: data.title,
				url: urls.resource(id),
				groups: (data.strategyGroups ?? []).map((group) => ({
					id: group.id,
					title: group.title,
					strategies: group.strategies.map((strategy) => ({ id: strategy.id, title: strategy.title })),
				})),
			})),
		redirects: Object.fromEntries(attributes.flatMap(({ attribute }) => attribute.formerIds.map((old) => [old, attribute.id]))),
	};
}

/** The resources the planner's explanation points to: those with strategies, and the one with a model of self-directed learning. */
export function actionPlanGuides(model: Pick<FrameworkModel, 'resources'>) {
	const link = ({ id, data }: FrameworkModel['resources'][number]) => ({ title: data.title, url: urls.resource(id) });
	const learning = model.resources.find((r) => r.data.learningModel);
	return {
		strategies: model.resources.filter((r) => r.data.strategyGroups?.length).map(link),
		learningModel: learning && { ...link(learning), model: learning.data.learningModel!.title },
	};
}
