/**
 * What search finds: one record per pathway, attribute (linking to its anchor), sub-capability,
 * capability, curriculum area and resource, with the facets a reader narrows by. The build indexes these with
 * Pagefind rather than the pages, so that a result is a single attribute, not a page.
 */
import { markdownToText } from './markdown.ts';
import type { FrameworkModel } from './framework.ts';
import { allSubCapabilities, areaById } from './queries.ts';
import { areasFromLabel, resourceCredits } from './labels.ts';
import { urls } from './urls.ts';

export interface SearchRecord {
	url: string;
	content: string;
	language: 'en';
	/**
	 * Pagefind searches every meta field. `title` repeats the start of `content`; `audience`, who an
	 * attribute's pathway is for, narrows a query ("supervision for heads of service") but is not a
	 * match on its own; `kind` and `context` are only shown. Search gives those three no weight
	 * (src/scripts/search.ts), so a result matching only in them scores 0 and is left out.
	 */
	meta: { title: string; kind: string; context: string; audience?: string };
	/** `areasFrom`: where an attribute's areas come from, in words; a filter so that its words are never matched. */
	filters: Partial<Record<'pathway' | 'capability' | 'area' | 'areasFrom' | 'kind', string[]>>;
}

export function searchRecords(model: FrameworkModel): SearchRecord[] {
	const pathwayName = (id: string) => {
		const pathway = model.pathways.find((p) => p.id === id)!;
		return `Pathway ${pathway.number}`;
	};
	const records: SearchRecord[] = [];
	for (const pathway of model.pathways) {
		const title = `${pathwayName(pathway.id)}: ${pathway.title}`;
		records.push({
			url: urls.pathway(pathway.id),
			content: `${title}. ${pathway.audience} ${markdownToText(pathway.entry.body ?? '')}`,
			language: 'en',
			meta: { title, kind: 'Pathway', context: 'Pathway' },
			filters: { pathway: [pathwayName(pathway.id)], kind: ['Pathway'] },
		});
	}
	for (const { capability, subCapability } of allSubCapabilities(model)) {
		records.push({
			url: urls.subCapability(capability.id, subCapability.id),
			content: `${subCapability.title}. ${subCapability.description} ${subCapability.code}`,
			language: 'en',
			meta: { title: subCapability.title, kind: 'Sub-capability', context: capability.title },
			filters: { capability: [capability.title], kind: ['Sub-capability'] },
		});
		for (const [pathwayId, attributes] of subCapability.attributesByPathway) {
			for (const attribute of attributes) {
				const areas = attribute.areas.map((id) => areaById(model, id).title);
				records.push({
					url: urls.attribute(attribute),
					// The code too, so that "P2-CU1.2" finds its attribute; and without its pathway, so that "CU1.2" finds both pathways'.
					content: `${attribute.text} ${attribute.code} ${attribute.code.replace(/^P\d+-/, '')}`,
					language: 'en',
					meta: {
						title: attribute.text,
						kind: 'Attribute',
						context: `${pathwayName(pathwayId)} › ${capability.title} › ${subCapability.title}`,
						audience: model.pathways.find((p) => p.id === pathwayId)!.title,
					},
					filters: { pathway: [pathwayName(pathwayId)], capability: [capability.title], area: areas, areasFrom: [areasFromLabel[attribute.areasFrom]], kind: ['Attribute'] },
				});
			}
		}
	}
	for (const capability of model.capabilities) {
		records.push({
			url: urls.capability(capability.id),
			content: `${capability.title}. ${capability.description} ${capability.code}`,
			language: 'en',
			meta: { title: capability.title, kind: 'Capability', context: 'Capability' },
			filters: { capability: [capability.title], kind: ['Capability'] },
		});
	}
	for (const area of model.curriculumAreas) {
		records.push({
			url: urls.area(area.id),
			content: `${area.title}. ${area.description}`,
			language: 'en',
			meta: { title: area.title, kind: 'Curriculum area', context: 'Curriculum area' },
			filters: { area: [area.title], kind: ['Curriculum area'] },
		});
	}
	for (const { id, data, body } of model.resources) {
		const filters = {
			pathway: data.pathways.map(pathwayName),
			capability: data.capabilities.map((c) => model.capabilities.find((x) => x.id === c)!.title),
			area: data.areas.map((a) => areaById(model, a).title),
			kind: ['Resource'],
		};
		// One record per part of a resource that has its own anchor, so that a result lands on the
		// strategy or domain it matched, and a query fetches only that part's words, not the resource's.
		const record = (fragment: string, title: string, parts: string[], context = data.title) =>
			records.push({
				url: `${urls.resource(id)}${fragment}`,
				// The title as a sentence of its own, so that an excerpt does not run it into the text.
				content: [/[.!?:]$/.test(title) ? title : `${title}.`, ...parts].join(' '),
				language: 'en',
				meta: { title, kind: 'Resource', context },
				filters,
			});
		// Who published, developed or commissioned it, in the source's words, so that "SSSC" finds it.
		const credits = resourceCredits(data);
		record('', data.title, [data.summary, markdownToText(body ?? ''), ...credits.map((c) => `${c.key} ${c.value}.`)], credits[0]!.value);
		for (const group of data.strategyGroups ?? [])
			for (const s of group.strategies) record(`#strategy-${s.id}`, s.title, [markdownToText(s.text)], `${data.title} › ${group.title}`);
		if (data.keyFindings?.length) record('#key-findings', 'Key findings', data.keyFindings);
		for (const d of data.domains ?? []) record(`#domain-${d.id}`, d.title, [d.descriptor, ...d.learningOutcomes]);
	}
	return records;
}
