/**
 * The published-links rule's part on one item's codes: the registry records every code an item was
 * published with, so a code it lost, and a former code it was never published with, are found here,
 * each told at the line to change, with the list of former codes the registry holds for it.
 */
import { englishList } from '../../lib/english-list.ts';
import type { PublishedLinks } from '../published-links-file.ts';
import { problemAt } from '../problems.ts';
import type { Path, Problem, SourceFile } from '../where.ts';

/** An item as the rule reads it; `section`, for an attribute, the pathway and sub-capability it sits under (`P3-CU4`). */
export interface CodedItem {
	id: string;
	code: string;
	formerIds: string[];
	formerCodes?: string[] | undefined;
	section?: string;
	source: SourceFile;
	path: Path;
}

type Link = PublishedLinks['links'][number];

/** The pathway and sub-capability a code names: `P3-CU2` of `P3-CU2.2`. */
const sectionOf = (code: string) => code.replace(/\.\d+$/, '');

/**
 * The problems with `item`'s codes. `lost`: the registry's links whose code it no longer has. A
 * former code is compared only when the registry knows the item: new content has nothing to check
 * it against. One in another pathway, or its code now, the codes rule reports.
 */
export function codeProblems(item: CodedItem, lost: Link[], registry: PublishedLinks, exists: (id: string) => boolean): Problem[] {
	const at = (field: Path, message: string) => problemAt(item.source, [...item.path, ...field], message);
	const cite = (links: Link[]) => `${registry.file}:${links.map((link) => link.line ?? 1).join(', ')}`;
	const ids = [item.id, ...item.formerIds];
	const recorded = [...new Map(registry.links.filter((link) => link.code && ids.includes(link.id ?? '')).map((link) => [link.code!, link])).values()];
	const moved = lost.find((link) => item.section !== undefined && item.section !== sectionOf(link.code!));
	const formerCodes = item.formerCodes ?? [];
	// Its former codes as they should be: every code it was published with but its own (and, if it did not move, those to put back).
	const keep = [...formerCodes, ...recorded.map((link) => link.code!)].filter((code, i, all) => all.indexOf(code) === i && code !== item.code && recorded.some((link) => link.code === code) && (moved || !lost.some((link) => link.code === code)));
	const fix = (who: string) => (keep.length ? `list only the codes ${who} was published with before, formerCodes: [${keep.join(', ')}]` : 'remove it');
	const problems: Problem[] = [];
	formerCodes.forEach((code, index) => {
		if (recorded.some((link) => link.code === code) || code === item.code || (item.section && !code.startsWith(`${item.section.split('-')[0]}-`))) return;
		const other = registry.links.find((link) => link.code === code && link.id && !ids.includes(link.id));
		if (other && exists(other.id!)) problems.push(at(['formerCodes', index], `${code} was published for ${other.id} (${cite([other])}), and a code leads to one item only: ${fix(item.id)}`));
		else if (other) problems.push(at(['formerCodes', index], `${code} was published for ${other.id} (${cite([other])}), which no longer exists: if ${item.id} is ${other.id} renamed, add formerIds: [${other.id}]; if not, ${fix(item.id)}`));
		else if (recorded.length) {
			const published = `${englishList(recorded.map((link) => link.code!))} (${cite(recorded)})`;
			problems.push(at(['formerCodes', index], `${code} was never published for ${item.id}, which was published as ${published}: ${fix('it')}`));
		}
	});
	if (!moved) return [...lost.map((link) => at(['code'], `${item.code} was ${link.code} when published (${cite([link])}), and codes never change: put back ${link.code}`)), ...problems];
	// A wrong former code is told the whole list already.
	if (problems.length) return problems;
	const [codes, them] = keep.length > 1 ? ['codes', 'them'] : ['code', 'it'];
	return [at([item.formerCodes ? 'formerCodes' : 'code'], `${item.code} was ${moved.code} when published (${cite([moved])}): if the attribute moved here from another sub-capability, keep its published ${codes} too, formerCodes: [${keep.join(', ')}], so that citations of ${them} still find it; if it did not move, put back ${moved.code}`)];
}

/** Whether the registry has checked `code` as a former code of an item with these ids: the code is published, or the item is. */
export const checkedByRegistry = (registry: PublishedLinks | undefined, ids: string[], code: string) =>
	!!registry?.links.some((link) => link.code && (link.code === code || ids.includes(link.id ?? '')));
