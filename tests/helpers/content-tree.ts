/**
 * The framework's tree read straight from the content files (not through the site's model), for
 * the tests that check exported files against the content: each attribute with its place.
 */
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent } from '../../src/check/validate.ts';
import { projectRoot } from './fixtures.ts';

export interface ExpectedAttribute {
	id: string;
	code: string;
	text: string;
	pathway: string;
	subCapabilityCode: string;
	capabilityCode: string;
}

export async function contentTree() {
	const { content } = await validateContent(projectRoot);
	const capabilities = content.capabilities.map((c) => c.value);
	const subCapabilities = content.subCapabilities.map((s) => s.value);
	const attributes: ExpectedAttribute[] = content.attributeFiles.flatMap((file) =>
		attributesFromFile(file.id!, file.value).map((a) => {
			const sub = subCapabilities.find((s) => s.id === a.subCapability)!;
			return { id: a.id, code: a.code, text: a.text, pathway: a.pathway, subCapabilityCode: sub.code, capabilityCode: capabilities.find((c) => c.id === sub.capability)!.code };
		}),
	);
	const pathways = content.pathways.map((p) => ({ id: p.id!, ...p.value })).sort((a, b) => a.number - b.number);
	return { framework: content.framework!, pathways, capabilities, subCapabilities, attributes, curriculumAreas: content.curriculumAreas.map((a) => a.value) };
}
