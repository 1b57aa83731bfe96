/**
 * `getModel()`: reads every collection once and builds the resolved model (`buildModel`) once per
 * build. Pages and endpoints call it; components and layouts never do: they take what they show as props.
 */
import { getCollection } from 'astro:content';
import { buildModel, type Model } from './model.ts';

async function load(): Promise<Model> {
	const [[about], pathways, capabilities, subCapabilities, curriculumAreas, attributes, resources, sitePages] = await Promise.all([
		getCollection('framework'),
		getCollection('pathways'),
		getCollection('capabilities'),
		getCollection('subCapabilities'),
		getCollection('curriculumAreas'),
		getCollection('attributes'),
		getCollection('resources'),
		getCollection('sitePages'),
	]);
	if (!about) throw new Error('content/framework.yaml is missing: run `npm run check`.');
	return buildModel({
		about: about.data,
		pathways,
		capabilities: capabilities.map((c) => c.data),
		subCapabilities: subCapabilities.map((s) => s.data),
		curriculumAreas: curriculumAreas.map((a) => a.data),
		attributes: attributes.map((a) => a.data),
		resources,
		sitePages,
	});
}

let model: Promise<Model> | undefined;

/** The whole model, loaded and resolved once per build. */
export function getModel(): Promise<Model> {
	model ??= load();
	return model;
}
