import type { Parsed, ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { checkUnique } from './helpers.ts';

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
	for (const { id, value: file, source } of content.attributeFiles) {
		// A folder not named pathway-<number> is reported once, by the pathway check, not at every code.
		const number = /^pathway-[1-9]\d*$/.test(id ?? '') ? id!.replace('pathway-', '') : undefined;
		for (const [subCapability, entries] of Object.entries(file)) {
			entries.forEach((entry, index) => {
				const path = [subCapability, index];
				coded.push({ value: entry, source, path });
				const prefix = `P${number}-${subCapabilityCode.get(subCapability) ?? ''}.`;
				if (number && subCapabilityCode.has(subCapability) && !entry.code.startsWith(prefix))
					problems.push(problemAt(source, [...path, 'code'], wrongPlace(content, entry, subCapability, number) ?? `must start with ${prefix} (its pathway and sub-capability), e.g. ${prefix}${index + 1}`));
			});
		}
	}
	problems.push(...checkUnique(coded, (entry) => entry.code, 'code', 'citation code'));
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
 * A code naming another sub-capability of the pathway usually means the entry was pasted under the
 * wrong one. When that code is published, the code is right and the place is wrong: say where the
 * entry belongs, since changing a published code breaks citations.
 */
function wrongPlace(content: ParsedContent, entry: { id: string; code: string }, subCapability: string, number: string): string | undefined {
	const home = content.subCapabilities.find(({ value }) => value.id !== subCapability && entry.code.startsWith(`P${number}-${value.code}.`))?.value.id;
	if (!home) return undefined;
	const published = content.publishedLinks?.links.find((link) => link.id === entry.id && link.code === entry.code);
	const registry = content.publishedLinks?.file;
	if (published)
		return `${entry.code} says it belongs under ${home}, and it was published so (${registry}:${published.line ?? 1}): codes never change, so move the entry back under ${home}`;
	const here = content.subCapabilities.find(({ value }) => value.id === subCapability)?.value.code;
	return `must start with P${number}-${here}. (its pathway and sub-capability), e.g. P${number}-${here}.1, or, if it was pasted here by mistake, move it back under ${home}, where its code ${entry.code} puts it`;
}
