/**
 * British and American spellings of a query, so that "organization" finds "organisation" and
 * "judgement" finds "judgment". Search runs the query and its variant and merges the results.
 */
const pairs: [british: string, american: string][] = [
	['judgement', 'judgment'],
	['behaviour', 'behavior'],
	['colour', 'color'],
	['favour', 'favor'],
	['labour', 'labor'],
	['humour', 'humor'],
	['neighbour', 'neighbor'],
	['centre', 'center'],
	['programme', 'program'],
	['practise', 'practice'],
	['defence', 'defense'],
	['licence', 'license'],
	['analyse', 'analyze'],
	['catalogue', 'catalog'],
];

function variantOf(word: string): string {
	const lower = word.toLowerCase();
	for (const [british, american] of pairs) {
		if (lower.startsWith(british)) return american + lower.slice(british.length);
		if (lower.startsWith(american)) return british + lower.slice(american.length);
	}
	// -ise/-ize and their forms: organisation(al)/organization(al), prioritise/prioritize, recognised/recognized.
	const ise = lower.match(/^(.{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|ationally)$/);
	if (ise) return `${ise[1]}iz${ise[2]}`;
	const ize = lower.match(/^(.{3,})iz(e|es|ed|ing|er|ers|ation|ations|ational|ationally)$/);
	if (ize) return `${ize[1]}is${ize[2]}`;
	return lower;
}

/** The query with each word in the other spelling, or undefined when no word has one. */
export function spellingVariant(query: string): string | undefined {
	const words = query.split(/(\s+)/);
	const variant = words.map((word) => (/\s/.test(word) ? word : variantOf(word))).join('');
	return variant.toLowerCase() === query.toLowerCase() ? undefined : variant;
}
