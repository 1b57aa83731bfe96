/**
 * What search finds: one record per pathway, attribute (linking to its anchor), sub-capability,
 * capability, curriculum area and resource, with the facets a reader narrows by. The build indexes these with
 * Pagefind rather than the pages, so that a result is a single attribute, not a page.
 */
import { markdownToText } from './markdown.ts';
import { areasFromLabel, resourceCredits } from './labels.ts';
import type { Model } from './model.ts';
import { areaPage, facetNames } from './queries.ts';
import { wordingLabel, wordingsOf } from './wordings.ts';

export interface SearchRecord {
	url: string;
	content: string;
	language: 'en';
	/**
	 * Pagefind searches every meta field. `title` repeats the start of `content`; `audience`, who an
	 * attribute's pathway is for, narrows a query ("supervision for heads of service") but is not a
	 * match on its own; `kind` and `context` are only shown. Search gives those three no weight
	 * (src/client/search/search.ts), so a result matching only in them scores 0 and is left out.
	 * `areas`, an attribute's curriculum areas by name, so that "High Quality Supervision" finds
	 * every attribute in that area, not only those whose text has the words.
	 */
	meta: { title: string; kind: string; context: string; audience?: string; areas?: string };
	/** `areasFrom`: where an attribute's areas come from, in words; a filter so that its words are never matched. */
	filters: Partial<Record<'pathway' | 'capability' | 'area' | 'areasFrom' | 'kind', string[]>>;
}

/**
 * A sub-capability's description as its page gives it: the one wording when every pathway's source
 * words it alike, else each wording after the pathways it is theirs, so that a result matching one
 * pathway's words shows them, and says whose they are.
 */
function described(subCapability: Model['subCapabilities'][number]): string {
	const wordings = wordingsOf(subCapability);
	// Joined by the site's separator, not a full stop: one source's wording (CU6) ends without one.
	return wordings.length > 1 ? wordings.map((w) => `${wordingLabel(w)}: ${w.description}`).join(' · ') : subCapability.description;
}

export function searchRecords(model: Model): SearchRecord[] {
	// Filed under the names the search page's facets show, so that a ticked facet finds its records.
	const names = facetNames(model);
	const name = (facet: keyof typeof names, id: string) => names[facet][id]!;
	// A capability, sub-capability or area is filed under each pathway it is part of, so that ticking a
	// pathway keeps it among the results: every pathway has every capability and sub-capability; an
	// area, the pathways with attributes in it.
	const pathwayNames = (pathways: { id: string }[]) => pathways.map((pathway) => name('pathway', pathway.id));
	const records: SearchRecord[] = [];
	for (const pathway of model.pathways) {
		records.push({
			url: pathway.url,
			content: `${pathway.label}. ${pathway.audience} ${markdownToText(pathway.body)}`,
			language: 'en',
			meta: { title: pathway.label, kind: 'Pathway', context: 'Pathway' },
			filters: { pathway: [name('pathway', pathway.id)], kind: ['Pathway'] },
		});
	}
	for (const subCapability of model.subCapabilities) {
		const { capability } = subCapability;
		records.push({
			url: subCapability.url,
			content: `${subCapability.title}. ${described(subCapability)} ${subCapability.code}`,
			language: 'en',
			meta: { title: subCapability.title, kind: 'Sub-capability', context: capability.title },
			filters: { pathway: pathwayNames(subCapability.byPathway.map((part) => part.pathway)), capability: [name('capability', capability.id)], kind: ['Sub-capability'] },
		});
		for (const attribute of subCapability.attributes) {
			records.push({
				url: attribute.url,
				// The code too, so that "P2-CU1.2" finds its attribute; and without its pathway, so that "CU1.2" finds both pathways';
				// and any code it had before it moved, as older citations give it.
				content: [attribute.text, ...[attribute.code, ...(attribute.formerCodes ?? [])].flatMap((code) => [code, code.replace(/^P\d+-/, '')])].join(' '),
				language: 'en',
				meta: {
					title: attribute.text,
					kind: 'Attribute',
					context: `${attribute.pathway.shortLabel} › ${capability.title} › ${subCapability.title}`,
					audience: attribute.pathway.title,
					areas: attribute.areas.map((area) => area.title).join(', '),
				},
				filters: {
					pathway: [name('pathway', attribute.pathway.id)],
					capability: [name('capability', capability.id)],
					area: attribute.areas.map((area) => name('area', area.id)),
					areasFrom: [areasFromLabel[attribute.areasFrom]],
					kind: ['Attribute'],
				},
			});
		}
	}
	for (const capability of model.capabilities) {
		records.push({
			url: capability.url,
			content: `${capability.title}. ${capability.description} ${capability.code}`,
			language: 'en',
			meta: { title: capability.title, kind: 'Capability', context: 'Capability' },
			filters: { pathway: pathwayNames(model.pathways), capability: [name('capability', capability.id)], kind: ['Capability'] },
		});
	}
	for (const area of model.curriculumAreas) {
		records.push({
			url: area.url,
			content: `${area.title}. ${area.description}`,
			language: 'en',
			meta: { title: area.title, kind: 'Curriculum area', context: 'Curriculum area' },
			filters: { pathway: pathwayNames(areaPage(model, area.id).pathwaysShown), area: [name('area', area.id)], kind: ['Curriculum area'] },
		});
	}
	for (const resource of model.resources) {
		// One record per part of a resource that has its own anchor, so that a result lands on the
		// strategy or domain it matched, and a query fetches only that part's words, not the resource's.
		// Those parts are a kind of their own, so that "Resource" counts resources, not their sections.
		const record = (fragment: string, title: string, parts: string[], context = resource.title) => {
			const kind = fragment ? 'Resource section' : 'Resource';
			records.push({
				url: `${resource.url}${fragment}`,
				// The title as a sentence of its own, so that an excerpt does not run it into the text.
				content: [/[.!?:]$/.test(title) ? title : `${title}.`, ...parts].join(' '),
				language: 'en',
				meta: { title, kind, context },
				filters: {
					pathway: resource.pathways.map((id) => name('pathway', id)),
					capability: resource.capabilities.map((id) => name('capability', id)),
					area: resource.areas.map((id) => name('area', id)),
					kind: [kind],
				},
			});
		};
		// Who published, developed or commissioned it, in the source's words, so that "SSSC" finds it.
		const credits = resourceCredits(resource);
		record('', resource.title, [resource.summary, markdownToText(resource.body), ...credits.map((c) => `${c.key} ${c.value}.`)], credits[0]!.value);
		for (const group of resource.strategyGroups ?? [])
			for (const s of group.strategies) record(`#strategy-${s.id}`, s.title, [markdownToText(s.text)], `${resource.title} › ${group.title}`);
		if (resource.keyFindings?.length) record('#key-findings', 'Key findings', resource.keyFindings);
		for (const d of resource.domains ?? []) record(`#domain-${d.id}`, d.title, [d.descriptor, ...d.learningOutcomes]);
	}
	return records;
}

/** The facets the search page offers, as the records name them. */
const searchFacets = ['kind', 'pathway', 'capability', 'area'] as const;

/**
 * How many records each value of each facet has: what the search page offers before anything is
 * searched or chosen, so that people can browse by facet alone (Pagefind counts once one is ticked).
 */
export function facetCountsOf(records: SearchRecord[]): Record<string, Record<string, number>> {
	const counts: Record<string, Record<string, number>> = {};
	for (const record of records)
		for (const name of searchFacets) for (const value of record.filters[name] ?? []) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
	return counts;
}
