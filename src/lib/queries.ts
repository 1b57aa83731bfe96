/**
 * Questions pages ask of the framework, answered from the model `getFramework()` loads once.
 * Plain functions: they resolve relations and never render.
 */
import type { Attribute, CurriculumArea, SubCapability } from '../../schemas/index.ts';
import type { CapabilityNode, FrameworkModel, PathwayEntry, ResourceEntry, SubCapabilityNode } from './framework.ts';

/** A curriculum area by id. The validator guarantees every id an attribute names exists. */
export function areaById(model: FrameworkModel, id: string): CurriculumArea {
	const area = model.curriculumAreas.find((a) => a.id === id);
	if (!area) throw new Error(`Unknown curriculum area "${id}": run \`npm run check\`.`);
	return area;
}

export function capabilityById(model: FrameworkModel, id: string): CapabilityNode | undefined {
	return model.capabilities.find((c) => c.id === id);
}

/** Every sub-capability in framework order, each with its capability. */
export function allSubCapabilities(model: FrameworkModel): { capability: CapabilityNode; subCapability: SubCapabilityNode }[] {
	return model.capabilities.flatMap((capability) => capability.subCapabilities.map((subCapability) => ({ capability, subCapability })));
}

/** The sub-capabilities before and after this one, across capabilities, in framework order. */
export function neighbours(model: FrameworkModel, id: string) {
	const all = allSubCapabilities(model);
	const index = all.findIndex((s) => s.subCapability.id === id);
	return { previous: all[index - 1], next: all[index + 1] };
}

/** Resources linked to a capability or a sub-capability (directly, or through a strategy). */
export function resourcesFor(model: FrameworkModel, link: { capability?: string; subCapability?: string }): ResourceEntry[] {
	return model.resources.filter(({ data }) =>
		link.subCapability
			? data.subCapabilities.includes(link.subCapability) ||
				(data.strategyGroups ?? []).some((g) => g.strategies.some((s) => s.subCapabilities.includes(link.subCapability!)))
			: data.capabilities.includes(link.capability ?? ''),
	);
}

/** The attributes tagged with an area, by capability, then by pathway (pathways with none left out). */
export function attributesByArea(model: FrameworkModel, areaId: string) {
	return model.capabilities
		.map((capability) => ({
			capability,
			pathways: model.pathways
				.map((pathway) => ({
					pathway,
					attributes: capability.subCapabilities.flatMap((s) =>
						(s.attributesByPathway.get(pathway.id) ?? []).filter((a) => a.areas.includes(areaId)),
					),
				}))
				.filter((p) => p.attributes.length),
		}))
		.filter((c) => c.pathways.length);
}

/** How many attributes each pathway has in each capability for an area. */
export function areaCounts(model: FrameworkModel, areaId: string): { pathway: PathwayEntry; counts: number[]; total: number }[] {
	return model.pathways.map((pathway) => {
		const counts = model.capabilities.map((capability) =>
			capability.subCapabilities.reduce(
				(sum, s) => sum + (s.attributesByPathway.get(pathway.id) ?? []).filter((a) => a.areas.includes(areaId)).length,
				0,
			),
		);
		return { pathway, counts, total: counts.reduce((a, b) => a + b, 0) };
	});
}

/** Whether any attribute on this pathway has its areas assigned by the editors. */
export function hasEditorialAreas(model: FrameworkModel, pathwayId: string): boolean {
	return hasAreasFrom(model, pathwayId, 'editorial');
}

/** Whether any attribute on this pathway has its areas from `from` (see `areasFrom` in schemas/attribute.ts). */
export function hasAreasFrom(model: FrameworkModel, pathwayId: string, from: Attribute['areasFrom']): boolean {
	return model.areasFromByPathway.get(pathwayId)?.has(from) ?? false;
}

/** A sub-capability's description as a pathway's source words it: its own wording where it differs, else the shared one. */
export function descriptionOn(subCapability: SubCapability, pathwayId: string): string {
	return subCapability.pathwayDescriptions[pathwayId] ?? subCapability.description;
}

/** The sub-capability an attribute belongs to, with its capability. */
export function placeOf(model: FrameworkModel, attribute: Attribute) {
	return allSubCapabilities(model).find((s) => s.subCapability.id === attribute.subCapability)!;
}

/** Every pathway's attributes of a sub-capability, or of each sub-capability of a capability. */
export function attributesUnder(node: CapabilityNode | SubCapabilityNode): Attribute[] {
	const subCapabilities = 'subCapabilities' in node ? node.subCapabilities : [node];
	return subCapabilities.flatMap((sub) => [...sub.attributesByPathway.values()].flat());
}
