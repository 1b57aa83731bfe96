/**
 * How the pathways' sources word a sub-capability's description: the same for all, or differently
 * by pathway. Worked out from the model, so that no page says one pathway's wording is the
 * sub-capability's own where another pathway's source words it otherwise.
 */
import { inWords } from './capability-words.ts';
import { englishList, englishListParts } from './english-list.ts';
import type { PathwayNode, SubCapabilityNode } from './model-types.ts';

/** One wording of a description and the pathways whose sources word it so. */
export interface Wording {
	description: string;
	pathways: PathwayNode[];
}

/** Its wordings, in pathway order, among `pathways` (every pathway if not given): one when all agree. */
export function wordingsOf(subCapability: Pick<SubCapabilityNode, 'byPathway'>, pathways?: PathwayNode[]): Wording[] {
	const wordings: Wording[] = [];
	for (const { pathway, description } of subCapability.byPathway) {
		if (pathways && !pathways.includes(pathway)) continue;
		const same = wordings.find((w) => w.description === description);
		if (same) same.pathways.push(pathway);
		else wordings.push({ description, pathways: [pathway] });
	}
	return wordings;
}

/** The words of a wording, without its punctuation and capitals: "agents. Working" and "agents, working" alike. */
const wordsOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * How the sources differ, in a sentence's verb: "punctuate" where each of the sub-capabilities'
 * wordings has the same words as the others (as CU6's one comma), else "word".
 */
export function differently(subCapabilities: Pick<SubCapabilityNode, 'byPathway'>[]): 'punctuate' | 'word' {
	const punctuationOnly = subCapabilities.every((s) => new Set(wordingsOf(s).map((w) => wordsOf(w.description))).size === 1);
	return punctuationOnly ? 'punctuate' : 'word';
}

/** Where a wording differs from the others: the words the difference is in, or the word either side of it. */
export interface Difference {
	wording: Wording;
	/** "services, promoting" for a comma between words; "Working" for a capital. */
	words: string;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * Where each wording differs from the others, as a few words ("services promoting", "services,
 * promoting"), so that a reader sees a comma's difference without comparing two paragraphs; none
 * where the wordings agree or differ over more than `most` words, which the reader sees unaided.
 */
export function whereTheyDiffer(wordings: Wording[], most = 6): Difference[] {
	const texts = wordings.map((w) => w.description);
	if (new Set(texts).size < 2) return [];
	const shortest = Math.min(...texts.map((t) => t.length));
	let same = 0;
	while (same < shortest && texts.every((t) => t[same] === texts[0]![same])) same++;
	let sameEnd = 0;
	while (sameEnd < shortest - same && texts.every((t) => t[t.length - 1 - sameEnd] === texts[0]![texts[0]!.length - 1 - sameEnd])) sameEnd++;
	// Back to the start of the word the difference is in, or of the word before it when it starts a word.
	let start = same;
	while (start > 0 && !isSpace(texts[0]![start - 1])) start--;
	if (start === same) {
		while (start > 0 && isSpace(texts[0]![start - 1])) start--;
		while (start > 0 && !isSpace(texts[0]![start - 1])) start--;
	}
	const differences = wordings.map((wording) => {
		const text = wording.description;
		const from = text.length - sameEnd;
		let end = from;
		while (end < text.length && !isSpace(text[end])) end++;
		if (end === from) {
			while (end < text.length && isSpace(text[end])) end++;
			while (end < text.length && !isSpace(text[end])) end++;
		}
		return { wording, words: text.slice(start, end).trim() };
	});
	return differences.every((d) => d.words.split(/\s+/).length <= most) ? differences : [];
}

/** "Pathway 2" or "Pathway 2 and Pathway 4": whose wording it is. */
export const wordingLabel = (wording: Wording): string => englishList(wording.pathways.map((p) => p.shortLabel));

/** A sentence's words, and words quoted from a source, which are kept on one line. */
export type HintPart = string | { quote: string };

/**
 * The line before a sub-capability's wordings: how they differ and, where it is a few words, where
 * ("… punctuate its description differently: Pathway 2 has “services promoting” and Pathway 3 has
 * “services, promoting”.").
 */
export function wordingsHint(subCapability: Pick<SubCapabilityNode, 'byPathway'>, wordings: Wording[]): HintPart[] {
	const lead = `The pathways' sources ${differently([subCapability])} its description differently`;
	const places = whereTheyDiffer(wordings);
	if (!places.length) return [`${lead}:`];
	const parts: HintPart[] = [`${lead}: `];
	places.forEach(({ wording, words }, i) => {
		if (i) parts.push(i === places.length - 1 ? ' and ' : ', ');
		parts.push(`${wordingLabel(wording)} ${wording.pathways.length > 1 ? 'have' : 'has'} `, { quote: `“${words}”` });
	});
	return [...parts, '.'];
}

/**
 * The page's description (meta, og: and JSON-LD): the description when every pathway words it
 * alike; otherwise a sentence naming the sub-capability, as no one wording is its own.
 */
export function termDescription(subCapability: Pick<SubCapabilityNode, 'byPathway' | 'description' | 'title' | 'code' | 'capability'>): string {
	if (wordingsOf(subCapability).length <= 1) return subCapability.description;
	return `${subCapability.title} (${subCapability.code}), a sub-capability of ${subCapability.capability.title}. The pathways' sources ${differently([subCapability])} its description differently: this page gives each pathway's wording and effective attributes.`;
}

/** A sentence's words, and its links: "…except ", { text: "Curiosity of partners (CU6)", href }, ", which…". */
export type SentencePart = string | { text: string; href: string };

/** The capabilities page's sentence on whether the descriptions differ between pathways, each that does linked to its page. */
export function descriptionsNote(subCapabilities: SubCapabilityNode[]): SentencePart[] {
	const differ = subCapabilities.filter((s) => wordingsOf(s).length > 1);
	const same = 'The descriptions of the capabilities and sub-capabilities are the same for every pathway';
	if (!differ.length) return [`${same}.`];
	const names = englishListParts(differ.map((s) => ({ text: `${s.title} (${s.code})`, href: s.url })));
	// Only their punctuation differs (CU6, CL4): the descriptions are the same in their words.
	if (differently(differ) === 'punctuate')
		return differ.length === 1
			? [`${same}, but for the punctuation of `, ...names, ": its page gives each pathway's wording."]
			: [`${same}, but for the punctuation of ${inWords(differ.length)} sub-capabilities: `, ...names, ". Their pages give each pathway's wording."];
	return differ.length === 1
		? [`${same}, except `, ...names, ", which the pathways' sources word differently: its page gives each pathway's wording."]
		: [`${same}, except ${inWords(differ.length)} sub-capabilities that the pathways' sources word differently: `, ...names, ". Their pages give each pathway's wording."];
}
