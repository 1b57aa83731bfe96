/**
 * `buildModel`: the content's entries joined into one resolved model, once per build. Pure (no
 * `astro:content`), so that it can be tested on a handful of fake entries; `getModel()` in
 * `get-model.ts` feeds it the collections. Pages and endpoints read nodes, never raw records.
 */
import type { Attribute } from '../../schemas/index.ts';
import { pathwayLabels } from './labels.ts';
import type {
	AttributeNode,
	CapabilityNode,
	CurriculumAreaNode,
	Model,
	ModelEntries,
	PathwayNode,
	ResourceNode,
	SubCapabilityNode,
} from './model-types.ts';
import { urls } from './urls.ts';

export type * from './model-types.ts';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** A lookup that fails loudly: the content checker guarantees every reference, so a miss is a bug. */
function lookup<T>(map: Map<string, T>, kind: string, id: string, from: string): T {
	const found = map.get(id);
	if (!found) throw new Error(`${from} names the unknown ${kind} "${id}": run \`npm run check\`.`);
	return found;
}

export function buildModel(entries: ModelEntries): Model {
	const pathways: PathwayNode[] = entries.pathways
		.map(({ id, data, body }) => ({
			...data,
			id,
			...pathwayLabels(data),
			url: urls.pathway(id),
			body: body ?? '',
			attributes: [],
			comparesWith: undefined,
			areasFrom: new Set<Attribute['areasFrom']>(),
		}))
		.sort((a, b) => a.number - b.number);
	for (const pathway of pathways)
		pathway.comparesWith = pathways.find((p) => p.number > pathway.number) ?? pathways.findLast((p) => p.number < pathway.number);

	const capabilities: CapabilityNode[] = [...entries.capabilities]
		.sort(byOrder)
		.map((capability) => ({ ...capability, url: urls.capability(capability.id), subCapabilities: [], attributes: [], resources: [] }));
	const capabilityById = new Map(capabilities.map((c) => [c.id, c]));

	for (const record of [...entries.subCapabilities].sort(byOrder)) {
		const capability = lookup(capabilityById, 'capability', record.capability, `Sub-capability "${record.id}"`);
		capability.subCapabilities.push({
			...record,
			capability,
			url: urls.subCapability(capability.id, record.id),
			byPathway: pathways.map((pathway) => ({ pathway, description: record.pathwayDescriptions[pathway.id] ?? record.description, attributes: [] })),
			attributes: [],
			previous: undefined,
			next: undefined,
			resources: [],
		});
	}
	// Framework order across capabilities: capability first, then its own sub-capabilities' order.
	const orderedSubCapabilities: SubCapabilityNode[] = capabilities.flatMap((c) => c.subCapabilities);
	orderedSubCapabilities.forEach((node, i) => {
		node.previous = orderedSubCapabilities[i - 1];
		node.next = orderedSubCapabilities[i + 1];
	});

	const curriculumAreas: CurriculumAreaNode[] = [...entries.curriculumAreas].sort(byOrder).map((area) => ({ ...area, url: urls.area(area.id) }));
	const pathwayById = new Map(pathways.map((p) => [p.id, p]));
	const subCapabilityById = new Map(orderedSubCapabilities.map((s) => [s.id, s]));
	const areaById = new Map(curriculumAreas.map((a) => [a.id, a]));

	// Placed in one pass into their sub-capability and pathway: the build stays linear in the content.
	for (const record of [...entries.attributes].sort(byOrder)) {
		const from = `Attribute "${record.id}"`;
		const pathway = lookup(pathwayById, 'pathway', record.pathway, from);
		const subCapability = lookup(subCapabilityById, 'sub-capability', record.subCapability, from);
		const node: AttributeNode = {
			...record,
			pathway,
			capability: subCapability.capability,
			subCapability,
			areas: record.areas.map((id) => lookup(areaById, 'curriculum area', id, from)),
			url: urls.attribute({ pathway: record.pathway, id: record.id }),
		};
		subCapability.byPathway.find((group) => group.pathway === pathway)!.attributes.push(node);
		pathway.areasFrom.add(record.areasFrom);
	}
	for (const subCapability of orderedSubCapabilities) {
		for (const { pathway, attributes } of subCapability.byPathway) pathway.attributes.push(...attributes);
		subCapability.attributes = subCapability.byPathway.flatMap((group) => group.attributes);
		subCapability.capability.attributes.push(...subCapability.attributes);
	}
	const attributes = pathways.flatMap((p) => p.attributes);

	const resources = entries.resources
		.map(({ id, data, body }): ResourceNode => {
			const from = `Resource "${id}"`;
			return {
				...data,
				id,
				body: body ?? '',
				url: urls.resource(id),
				links: {
					pathways: pathways.filter((p) => data.pathways.includes(p.id)),
					capabilities: data.capabilities.map((c) => lookup(capabilityById, 'capability', c, from)),
					subCapabilities: orderedSubCapabilities.filter((s) => data.subCapabilities.includes(s.id)),
					areas: data.areas.map((a) => lookup(areaById, 'curriculum area', a, from)),
				},
			};
		})
		.sort((a, b) => a.title.localeCompare(b.title));
	// In the resources' order (by title), each once.
	for (const resource of resources) {
		for (const capability of new Set(resource.links.capabilities)) capability.resources.push(resource);
		const viaStrategies = (resource.strategyGroups ?? []).flatMap((g) => g.strategies.flatMap((s) => s.subCapabilities));
		for (const subCapability of orderedSubCapabilities)
			if (resource.subCapabilities.includes(subCapability.id) || viaStrategies.includes(subCapability.id)) subCapability.resources.push(resource);
	}

	const sitePages = entries.sitePages
		.map(({ id, data }) => ({ ...data, id, url: urls.sitePage(id), label: data.linkText ?? data.title }))
		.sort(byOrder);

	return {
		about: entries.about,
		pathways,
		capabilities,
		subCapabilities: orderedSubCapabilities,
		attributes,
		curriculumAreas,
		resources,
		sitePages,
		byId: {
			pathway: pathwayById,
			capability: capabilityById,
			subCapability: subCapabilityById,
			attribute: new Map(attributes.map((a) => [a.id, a])),
			curriculumArea: areaById,
			resource: new Map(resources.map((r) => [r.id, r])),
		},
	};
}
