/**
 * What the search page shows that depends on the content, worked out from the model here so that
 * the page only reads it and a unit test can check it on a small model.
 */
import { areasFromLabel } from './labels.ts';
import type { Model, PathwayNode } from './model-types.ts';

/**
 * Beside the area facet: where each pathway's areas come from, for the pathways whose source does
 * not print them by name ("Areas on Pathway 2, assigned by the editors; on Pathway 3, …."), or
 * undefined when every source does.
 */
export function areaFacetHint(pathways: Pick<PathwayNode, 'shortLabel' | 'areasFrom'>[]): string | undefined {
	const told = pathways
		.filter((p) => [...p.areasFrom].some((from) => from !== 'source'))
		.map((p) => `on ${p.shortLabel}, ${[...p.areasFrom].map((from) => areasFromLabel[from]).join(' or ')}`);
	return told.length ? `Areas ${told.join('; ')}.` : undefined;
}

/** Each curriculum area with how many attributes it has, for the page's list without JavaScript. */
export const areaAttributeCounts = (model: Pick<Model, 'curriculumAreas' | 'attributes'>) =>
	model.curriculumAreas.map((area) => ({ area, count: model.attributes.filter((a) => a.areas.includes(area)).length }));
