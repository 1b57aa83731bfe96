/**
 * Questions pages ask of the resolved model that its nodes do not already answer. Plain functions:
 * they never render.
 */
import type { AttributeNode, CapabilityNode, Model, PathwayAttributes, PathwayNode, SubCapabilityNode } from './model.ts';

const inArea = (areaId: string) => (attribute: AttributeNode) => attribute.areas.some((area) => area.id === areaId);
const onPathway = (pathway: PathwayNode) => (attribute: AttributeNode) => attribute.pathway === pathway;

/**
 * An area page: the attributes tagged with the area by pathway, then by capability (pathways and
 * capabilities with none left out), how many there are, and the pathways with none at all. Pathway
 * first, so that a reader of one level reads its attributes together (and can choose it alone).
 */
export function areaPage(model: Model, areaId: string) {
	const groups = model.pathways
		.map((pathway) => ({
			pathway,
			capabilities: model.capabilities
				.map((capability) => ({ capability, attributes: capability.attributes.filter(onPathway(pathway)).filter(inArea(areaId)) }))
				.filter((group) => group.attributes.length),
		}))
		.filter((group) => group.capabilities.length);
	const shown = new Set(groups.map((g) => g.pathway));
	return {
		groups,
		count: groups.flatMap((g) => g.capabilities.flatMap((c) => c.attributes)).length,
		/** The pathways it shows attributes of, in order. */
		pathwaysShown: model.pathways.filter((p) => shown.has(p)),
		pathwaysWithNone: model.pathways.filter((p) => !shown.has(p)),
	};
}

export interface AreaMatrixRow {
	area: Model['curriculumAreas'][number];
	/** Per pathway, the number of its attributes in the area for each capability, in order. */
	byPathway: { pathway: PathwayNode; counts: number[] }[];
}

/** How many attributes each pathway has per capability in each area (the curriculum areas' table). */
export function areaMatrix(model: Model): AreaMatrixRow[] {
	const count = (capability: CapabilityNode, pathway: PathwayNode, areaId: string) =>
		capability.attributes.filter((a) => a.pathway === pathway && inArea(areaId)(a)).length;
	return model.curriculumAreas.map((area) => ({
		area,
		byPathway: model.pathways.map((pathway) => ({ pathway, counts: model.capabilities.map((c) => count(c, pathway, area.id)) })),
	}));
}

/**
 * The names search's facets show, by id. The search index (`search-records.ts`) files each record
 * under these names and the search page turns the reading pages' ids into them, so both take them from here.
 */
export function facetNames(model: Pick<Model, 'pathways' | 'capabilities' | 'curriculumAreas'>) {
	return {
		pathway: Object.fromEntries(model.pathways.map((p) => [p.id, p.shortLabel])),
		capability: Object.fromEntries(model.capabilities.map((c) => [c.id, c.title])),
		area: Object.fromEntries(model.curriculumAreas.map((a) => [a.id, a.title])),
	};
}

/** One pathway's part of one sub-capability: its wording of the description and its attributes (every sub-capability lists every pathway). */
export function pathwayPart(subCapability: SubCapabilityNode, pathway: PathwayNode): PathwayAttributes {
	return subCapability.byPathway.find((group) => group.pathway === pathway)!;
}
