import type { Parsed, ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { checkUnique } from './helpers.ts';
import { checkedByRegistry } from './published-codes.ts';

/**
 * Citation codes are printed and pasted into training materials, so each must say where its item
 * sits (`P2-CU1.2` is Pathway 2, Curiosity, sub-capability 1) and no two items may share one.
 * Former ids keep old links working, so none may name a current item.
 */
export function codes(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const capabilityCode = new Map(content.capabilities.map((c) => [c.value.id, c.value.code]));
	const subCapabilityCode = new Map(content.subCapabilities.map((s) => [s.value.id, s.value.code]));
	for (const { value, source, path } of content.subCapabilities) {
		const expected = capabilityCode.get(value.capability);
		if (expected && !value.code.startsWith(expected))
			problems.push(problemAt(source, [...path, 'code'], `must start with its capability's code ${expected}, e.g. ${expected}${value.order}`));
	}
	const coded: Parsed<{ id: string; code: string; formerIds: string[] }>[] = [...content.capabilities, ...content.subCapabilities];
	const seen = new Set<string>();
	const twice = new Set(content.attributeFiles.flatMap(({ value }) => Object.values(value).flat().map((entry) => entry.id)).filter((id) => seen.has(id) || !seen.add(id)));
	for (const { id, value: file, source } of content.attributeFiles) {
		// A folder not named pathway-<number> is reported once, by the pathway check, not at every code.
		// Nor in a folder whose pathway.mdx gives another number (reported there): its codes may follow either.
		const named = /^pathway-[1-9]\d*$/.test(id ?? '') ? id!.replace('pathway-', '') : undefined;
		const pathway = content.pathways.find((p) => p.id === id);
		const number = pathway && String(pathway.value.number) !== named ? undefined : named;
		for (const [subCapability, entries] of Object.entries(file)) {
			entries.forEach((entry, index) => {
				const path = [subCapability, index];
				coded.push({ value: entry, source, path });
				const prefix = `P${number}-${subCapabilityCode.get(subCapability) ?? ''}.`;
				// An id used twice is the unique-ids rule's to report, not a paste from another pathway.
				const elsewhere = number && !twice.has(entry.id) ? otherPathway(content, entry, subCapability, number) : undefined;
				if (elsewhere) problems.push(problemAt(source, [...path, elsewhere.field], elsewhere.message));
				else if (number && subCapabilityCode.has(subCapability) && !entry.code.startsWith(prefix))
					problems.push(problemAt(source, [...path, 'code'], wrongPlace(content, entry, subCapability, number) ?? `must start with ${prefix} (its pathway and sub-capability), e.g. ${nextFreeCode(content, prefix)}`));
				(entry.formerCodes ?? []).forEach((old, i) => {
					const where = [...path, 'formerCodes', i];
					if (number && !old.startsWith(`P${number}-`)) problems.push(problemAt(source, where, `${old} is not a code of pathway ${number}: a former code is one this attribute had on its own pathway`));
					else if (old === entry.code) problems.push(problemAt(source, where, `${old} is its code now: list here only the codes it had before`));
				});
			});
		}
	}
	problems.push(...checkUnique(coded, (entry) => entry.code, 'code', 'citation code'));
	// A former code still finds its attribute, so it is as taken as a current one. Against the registry,
	// the published-links rule knows which of two holders it was published for, and blames the other.
	const codeOwner = new Map(coded.map(({ value }) => [value.code, value.id]));
	for (const { value, source, path } of coded)
		((value as { formerCodes?: string[] }).formerCodes ?? []).forEach((old, index) => {
			const owner = codeOwner.get(old);
			if (owner && owner !== value.id && !checkedByRegistry(content.publishedLinks, [value.id, ...value.formerIds], old)) problems.push(problemAt(source, [...path, 'formerCodes', index], `${old} is the code of ${owner}: a code leads to one item only, and is never reused`));
			else codeOwner.set(old, value.id);
		});
	const current = new Set(coded.map((entry) => entry.value.id));
	const formerOwner = new Map<string, string>();
	for (const { value, source, path } of coded)
		value.formerIds.forEach((old, index) => {
			const where = [...path, 'formerIds', index];
			if (current.has(old)) problems.push(problemAt(source, where, `"${old}" is the id of a current item: a former id must never be reused`));
			// Both would carry the old anchor, and an old link could land on either.
			else if (formerOwner.has(old)) problems.push(problemAt(source, where, `"${old}" is already a former id of ${formerOwner.get(old)}: an old id leads to one item only`));
			else formerOwner.set(old, value.id);
		});
	return problems;
}

/**
 * An entry whose code or id names another pathway (`P2-…`, `p2-…` in pathway 3's file). Pasted from
 * that pathway, it belongs back there: an attribute cannot move between pathways, as its link is
 * its pathway's page. Only its id naming another pathway, with a code of this one: a slip in a new id.
 */
export function otherPathway(content: ParsedContent, entry: { id: string; code: string }, subCapability: string, number: string): { field: 'id' | 'code'; message: string } | undefined {
	const byCode = /^P(\d+)-/.exec(entry.code)?.[1];
	const byId = /^p(\d+)-/.exec(entry.id)?.[1];
	// Published under that pathway's page, whatever its code says now.
	const publishedIn = content.publishedLinks?.links.find((link) => link.id === entry.id && link.url.includes('#'))?.url.match(/^\/pathways\/pathway-(\d+)\//)?.[1];
	const home = [publishedIn, byCode, byId].find((n) => n !== undefined && n !== number);
	if (!home) return undefined;
	const here = content.subCapabilities.find(({ value }) => value.id === subCapability)?.value.code;
	const next = nextFreeCode(content, `P${number}-${here}.`);
	const own = `p${number}-${entry.id.replace(/^p\d+-/, '')}`;
	if (home === byId && byCode === number && !publishedIn)
		return { field: 'id', message: `starts "p${home}-", which names pathway ${home}, but this is pathway ${number}'s file: an attribute's id starts with its own pathway's number, e.g. id: ${own}` };
	const says = [byId === home && 'its id', byCode === home && `its code ${entry.code}`, publishedIn === home && 'its published link'].filter(Boolean).join(', ').replace(/, ([^,]+)$/, ' and $1');
	// Its sub-capability there, by the code it was published with (or has), else the one it is under here.
	const homeCode = [content.publishedLinks?.links.find((link) => link.id === entry.id && link.code)?.code, entry.code].find((code) => code?.startsWith(`P${home}-`));
	const homeSection = content.subCapabilities.find(({ value }) => homeCode?.startsWith(`P${home}-${value.code}.`))?.value.id ?? subCapability;
	return {
		field: byId === home ? 'id' : 'code',
		message: `${entry.id} is an attribute of pathway ${home} (${says} say so), pasted into pathway ${number}: an attribute cannot move between pathways, as its link is its pathway's page. Move it back to pathways/pathway-${home}/attributes.yaml, under ${homeSection}; for a new attribute of pathway ${number}, write it with its own id and code, e.g. id: ${own}, code: ${next}`,
	};
}

/**
 * A code naming another sub-capability of the pathway usually means the entry was pasted under the
 * wrong one. When that code is published, either the place is wrong (move it back) or the attribute
 * moved on purpose: then it takes a new code and keeps the published one in formerCodes, so that
 * citations of it still find it.
 */
function wrongPlace(content: ParsedContent, entry: { id: string; code: string }, subCapability: string, number: string): string | undefined {
	const home = content.subCapabilities.find(({ value }) => value.id !== subCapability && entry.code.startsWith(`P${number}-${value.code}.`))?.value.id;
	if (!home) return undefined;
	const published = content.publishedLinks?.links.find((link) => link.id === entry.id && link.code === entry.code);
	const registry = content.publishedLinks?.file;
	const here = content.subCapabilities.find(({ value }) => value.id === subCapability)?.value.code;
	const next = nextFreeCode(content, `P${number}-${here}.`);
	if (published)
		return `${entry.code} says it belongs under ${home}, and it was published so (${registry}:${published.line ?? 1}). If it was pasted here by mistake, move it back under ${home}. If it moves here on purpose, give it the next free code here and keep its published one, so that citations of ${entry.code} still find it: code: ${next} and formerCodes: [${entry.code}] (keep its id)`;
	return `must start with P${number}-${here}. (its pathway and sub-capability), e.g. ${next}, or, if it was pasted here by mistake, move it back under ${home}, where its code ${entry.code} puts it`;
}

/**
 * The code a new (or moved) attribute takes: the number after the highest ever used with `prefix`
 * (`P3-CU4.`), by a current attribute, as a former code or in the registry of published links,
 * since a code is never reused, even one whose attribute is gone.
 */
export function nextFreeCode(content: ParsedContent, prefix: string): string {
	const used = [
		...content.attributeFiles.flatMap(({ value }) => Object.values(value).flat().flatMap((entry) => [entry.code, ...(entry.formerCodes ?? [])])),
		...(content.publishedLinks?.links.flatMap((link) => (link.code ? [link.code] : [])) ?? []),
	];
	const numbers = used.filter((code) => code.startsWith(prefix)).map((code) => Number(code.slice(prefix.length)));
	return `${prefix}${Math.max(0, ...numbers.filter(Number.isInteger)) + 1}`;
}
