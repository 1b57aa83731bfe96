/**
 * The typed query layer: loads every collection once, resolves the relations between them, and
 * gives pages ready-made structures. Pages never query collections or join records themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Attribute, Capability, CurriculumArea, Framework, Pathway, SubCapability } from '../../schemas/index.ts';

export type PathwayEntry = Pathway & { id: string; entry: CollectionEntry<'pathways'> };
export type ResourceEntry = CollectionEntry<'resources'>;
export interface SubCapabilityNode extends SubCapability {
	/** Attributes by pathway id, in order. Every pathway has at least one (the validator checks). */
	attributesByPathway: Map<string, Attribute[]>;
}
export interface CapabilityNode extends Capability {
	subCapabilities: SubCapabilityNode[];
}

export interface FrameworkModel {
	framework: Framework;
	pathways: PathwayEntry[];
	capabilities: CapabilityNode[];
	curriculumAreas: CurriculumArea[];
	resources: ResourceEntry[];
	attributes: Attribute[];
	/** Pathway id → where its attributes' areas come from (`source`, `source-symbol`, `editorial`). */
	areasFromByPathway: Map<string, Set<Attribute['areasFrom']>>;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

async function load(): Promise<FrameworkModel> {
	const [[framework], pathways, capabilities, subCapabilities, areas, attributes, resources] = await Promise.all([
		getCollection('framework'),
		getCollection('pathways'),
		getCollection('capabilities'),
		getCollection('subCapabilities'),
		getCollection('curriculumAreas'),
		getCollection('attributes'),
		getCollection('resources'),
	]);
	if (!framework) throw new Error('content/framework.yaml is missing: run `npm run check`.');
	const pathwayList = pathways
		.map((entry) => ({ ...entry.data, id: entry.id, entry }))
		.sort((a, b) => a.number - b.number);
	const attributeList = attributes.map((a) => a.data).sort(byOrder);
	// Grouped in one pass: the site must stay linear in its content as pathways are added.
	const grouped = new Map<string, Attribute[]>();
	for (const attribute of attributeList) {
		const key = `${attribute.subCapability} ${attribute.pathway}`;
		const group = grouped.get(key);
		if (group) group.push(attribute);
		else grouped.set(key, [attribute]);
	}
	const subCapabilityNodes = subCapabilities.map(({ data }): SubCapabilityNode => ({
		...data,
		attributesByPathway: new Map(pathwayList.map((pathway) => [pathway.id, grouped.get(`${data.id} ${pathway.id}`) ?? []])),
	}));
	return {
		framework: framework.data,
		pathways: pathwayList,
		capabilities: capabilities
			.map(({ data }) => ({
				...data,
				subCapabilities: subCapabilityNodes.filter((s) => s.capability === data.id).sort(byOrder),
			}))
			.sort(byOrder),
		curriculumAreas: areas.map((a) => a.data).sort(byOrder),
		resources: resources.sort((a, b) => a.data.title.localeCompare(b.data.title)),
		attributes: attributeList,
		areasFromByPathway: attributeList.reduce(
			(map, a) => map.set(a.pathway, (map.get(a.pathway) ?? new Set()).add(a.areasFrom)),
			new Map<string, Set<Attribute['areasFrom']>>(),
		),
	};
}

let model: Promise<FrameworkModel> | undefined;

/** The whole framework, loaded and joined once per build. */
export function getFramework(): Promise<FrameworkModel> {
	model ??= load();
	return model;
}
