/**
 * The sentences of the curriculum-area pages that depend on the content (how many areas, how many
 * attributes, which sources print symbols), worked out here so that a test can read them from a
 * small model: a count of one reads "1 effective attribute links", not "link".
 */
import { englishList } from './english-list.ts';
import { plural } from './format.ts';
import type { PathwayNode } from './model-types.ts';

/** The curriculum areas page's lead: "… one or more of the 9 curriculum areas …" (digits, as GOV.UK style has them). */
export const areasLead = (areas: number): string =>
	`Every effective attribute links to ${areas === 1 ? 'the one curriculum area' : `one or more of the ${areas} curriculum areas`} of the Pathways programme. Choose an area to see all its attributes.`;

/** An area page's count: "1 effective attribute links to this area.", "6 effective attributes link to this area." */
export const areaCount = (count: number): string => `${plural(count, 'effective attribute')} ${count === 1 ? 'links' : 'link'} to this area.`;

/** The pathways whose sources print a symbol beside each attribute, not the area's name. */
const symbolPathways = (pathways: PathwayNode[]) => pathways.filter((p) => p.areasFrom.has('source-symbol'));

/** "The Pathway 2 source" or "The Pathway 2 and Pathway 4 sources", when some source prints symbols. */
function sources(pathways: PathwayNode[]): string | undefined {
	const read = symbolPathways(pathways);
	if (!read.length) return undefined;
	return read.length === 1 ? `The ${read[0]!.shortLabel} source` : `The ${englishList(read.map((p) => p.shortLabel))} sources`;
}

/** Beside an area's symbol on the curriculum areas page: "The Pathway 2 source's symbol the editors read as this area". */
export function symbolCaption(pathways: PathwayNode[]): string {
	const whose = sources(pathways) ?? 'A source';
	return `${whose.endsWith('sources') ? `${whose}'` : `${whose}'s`} symbol the editors read as this area`;
}

/** The note under the areas: whose words the descriptions are, and, where a source prints symbols, whose reading they are. */
export function areasNote(pathways: PathwayNode[]): string {
	const note = "The descriptions of the areas are the site's own summaries, not the framework's words.";
	const whose = sources(pathways);
	if (!whose) return note;
	const read = symbolPathways(pathways);
	return `${note} ${whose} ${read.length === 1 ? 'prints' : 'print'} a symbol beside each attribute, not the area's name; which area each symbol stands for is the editors' reading, from the statements that carry it. An area shown here without a symbol has no ${englishList(read.map((p) => p.shortLabel))} attribute.`;
}

/**
 * A pathway page's count, and whose the areas beside each attribute are: "43 effective attributes in
 * 4 capabilities. Next to each is the curriculum area, or areas, the site's editors linked it to."
 */
export function pathwayCount(pathway: Pick<PathwayNode, 'attributes' | 'areasFrom'>, capabilities: number): string {
	const counts = new Set(pathway.attributes.map((a) => a.areas.length));
	const [only] = counts;
	const areas = counts.size > 1 ? 'is the curriculum area, or areas,' : only === 1 ? 'is the curriculum area' : 'are the curriculum areas';
	const from = [...pathway.areasFrom];
	const whose = from.every((f) => f === 'source')
		? 'its source links it to'
		: from.every((f) => f === 'source-symbol')
			? "the site's editors read in the symbol its source prints"
			: "the site's editors linked it to";
	return `${plural(pathway.attributes.length, 'effective attribute')} in ${capabilities} ${capabilities === 1 ? 'capability' : 'capabilities'}. Next to each ${areas} ${whose}.`;
}
