/**
 * The sentences of the capabilities page and the home page that count the content, worked out here
 * from the model so that a capability or sub-capability added or taken away changes them, and a
 * test can read them from a small model: "four capabilities, each with seven sub-capabilities".
 */
import type { CapabilityNode } from './model-types.ts';

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A count in words up to nine, as the page writes "four" and "seven"; in digits from 10. */
export const inWords = (count: number): string => words[count] ?? String(count);

const subCapabilities = (count: number, word = String(count)) => `${word} sub-${count === 1 ? 'capability' : 'capabilities'}`;
const capabilities = (count: number) => `${inWords(count)} ${count === 1 ? 'capability' : 'capabilities'}`;

type Counted = Pick<CapabilityNode, 'subCapabilities'>[];

/** How many sub-capabilities in all, and how many each capability has (undefined where they differ), in words. */
function counts(all: Counted) {
	const total = all.flatMap((c) => c.subCapabilities).length;
	const [each, ...others] = new Set(all.map((c) => c.subCapabilities.length));
	const subs = (count: number) => subCapabilities(count, inWords(count));
	return { total, inAll: subs(total), each: others.length || each === undefined ? undefined : subs(each) };
}

/** The page's description (meta and og:): "The four capabilities of the 4C framework and their 28 sub-capabilities." */
export function capabilitiesDescription(all: Counted): string {
	return `The ${capabilities(all.length)} of the 4C framework and ${all.length === 1 ? 'its' : 'their'} ${subCapabilities(counts(all).total)}.`;
}

/** The page's first sentence: "The framework has four capabilities, each with seven sub-capabilities." (or how many in all, where they differ). */
export function capabilitiesLead(all: Counted): string {
	const { inAll, each } = counts(all);
	const how = all.length === 1 ? `with ${inAll}` : each ? `each with ${each}` : `with ${inAll} between them`;
	return `The framework has ${capabilities(all.length)}, ${how}.`;
}

/** The home page's heading and sentence on them: "The four capabilities", "Each capability has seven sub-capabilities." */
export function capabilitiesOverview(all: Counted): { heading: string; sentence: string } {
	const { inAll, each } = counts(all);
	const heading = all.length === 1 ? 'The capability' : `The ${inWords(all.length)} capabilities`;
	const sentence = all.length === 1 ? `It has ${inAll}.` : each ? `Each capability has ${each}.` : `They have ${inAll} between them.`;
	return { heading, sentence };
}
