import { citeUrls } from '../../lib/cite/urls.ts';
import { comparePairs } from '../../lib/pathways-shown.ts';
import { urls } from '../../lib/urls.ts';
import type { PublishedLink } from '../../../schemas/published-link.ts';
import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries, unread } from './helpers.ts';

/**
 * A link once published keeps working (`published-links.json`): checked here from the content and
 * the registry, before anything is built, so that deleting or renaming a published attribute,
 * page or resource, or changing a published code, is reported with the fix. The build checks the
 * built site again.
 */
export function publishedLinks(content: ParsedContent): Problem[] {
	const registry = content.publishedLinks;
	if (!registry) return [];
	const idsOf = (item: { id: string; formerIds: string[] }) => [item.id, ...item.formerIds];
	const pages = new Set<string>(Object.values(urls).filter((url): url is string => typeof url === 'string'));
	const anchors = new Map<string, Set<string>>();
	/** `section`: for an attribute, the pathway and sub-capability it sits under, as a code starts (`P3-CU4`). */
	type Coded = { id: string; code: string; formerIds: string[]; formerCodes?: string[] | undefined; section?: string };
	const coded = new Map<string, Coded & { at: Problem }>();
	// An id used twice is reported by the unique-ids rule; its codes are not compared, as either entry may be meant.
	const twice = new Set<string>();
	const add = (item: Coded, at: Problem) => (coded.has(item.id) && twice.add(item.id), coded.set(item.id, { ...item, at }));
	const capabilityIdsOf = new Map(content.capabilities.map(({ value }) => [value.id, idsOf(value)]));
	for (const { value, source, path } of content.capabilities) {
		for (const id of idsOf(value)) pages.add(urls.capability(id));
		add(value, problemAt(source, [...path, 'code'], ''));
	}
	for (const { value, source, path } of content.subCapabilities) {
		for (const capability of capabilityIdsOf.get(value.capability) ?? [value.capability]) for (const id of idsOf(value)) pages.add(urls.subCapability(capability, id));
		add(value, problemAt(source, [...path, 'code'], ''));
	}
	for (const { value } of content.curriculumAreas) pages.add(urls.area(value.id));
	for (const { id } of content.resources) pages.add(urls.resource(id ?? ''));
	for (const id of content.sitePages) pages.add(urls.sitePage(id));
	for (const { id } of content.pathways) pages.add(urls.pathway(id ?? '')), anchors.set(urls.pathway(id ?? ''), new Set());
	// #21's pages: how to cite the framework and each pathway, and how to use it in other tools.
	pages.add(citeUrls.framework).add('/use/');
	for (const { id } of content.pathways) pages.add(citeUrls.pathway(id ?? ''));
	// Each pathway's page of links, and each later pair of neighbouring pathways' comparison (#23).
	const inOrder = content.pathways.filter((p) => p.id).sort((a, b) => a.value.number - b.value.number).map((p) => ({ id: p.id! }));
	for (const { id } of inOrder) pages.add(urls.pathwayLinks(id));
	for (const { url } of comparePairs(inOrder)) pages.add(url);
	const subCapabilityCode = new Map(content.subCapabilities.map(({ value }) => [value.id, value.code]));
	for (const { entry, source, path, subCapability } of attributeEntries(content)) {
		const pathway = content.attributeFiles.find((f) => f.source === source)?.id ?? '';
		const page = urls.pathway(pathway);
		for (const id of idsOf(entry)) anchors.get(page)?.add(id);
		add({ ...entry, section: `${pathway.replace('pathway-', 'P')}-${subCapabilityCode.get(subCapability)}` }, problemAt(source, [...path, 'code'], ''));
	}
	// Capabilities and sub-capabilities are sections of every pathway page too.
	for (const set of anchors.values()) for (const { value } of [...content.capabilities, ...content.subCapabilities]) idsOf(value).forEach((id) => set.add(id));

	const problems: Problem[] = [];
	const at = (line: number | undefined, message: string) => problems.push({ file: registry.file, line, message });
	// A file that could not be read has its own problem: what it holds is unread, not removed.
	const isUnread = unread(content);
	// An address published with two codes (a moved attribute) is one link: said once if broken.
	const seen = new Set<string>();
	/** By item id: the published links whose code it no longer has. */
	const lost = new Map<string, (PublishedLink & { published: string })[]>();
	for (const link of registry.links) {
		const first = !seen.has(link.url) && !!seen.add(link.url);
		if (link.url.endsWith('.pdf') || link.url.endsWith('.json') || link.url.endsWith('.csv')) continue;
		// Version pages are made from the snapshots in content/versions/, which the version rules keep; the build checks them.
		if (link.url.startsWith('/versions/')) continue;
		// The CASE provider's files and the downloads for other tools are made from the model as a whole; the build checks them.
		if (link.url.startsWith('/ims/') || link.url.startsWith('/downloads/')) continue;
		const [page = '/', fragment] = link.url.split('#');
		if (isUnread.page(page)) continue;
		if (first && !pages.has(page)) {
			const fix = page.startsWith(urls.resources)
				? `keep the resource file under its old name, resources/${page.split('/')[2]}.mdx (its name is its address)`
				: page.startsWith(urls.areas)
					? `a curriculum area's id is its address, and areas cannot be renamed: put back id: ${page.split('/')[2]} in curriculum-areas.yaml (its title may change freely)`
					: 'if you renamed it, add its old id to its formerIds, e.g. formerIds: [old-id]; if you removed it, put it back';
			at(link.line, `${link.url} is published, but the content no longer has that page: ${fix}`);
		} else if (first && fragment && anchors.has(page) && !anchors.get(page)!.has(fragment) && !isUnread.sections && ![...anchors.values()].some((set) => set.has(fragment)))
			// (An id now in another pathway's file was pasted there: the codes rule says to move it back.)
			at(link.line, `${link.url} is published, but no attribute of ${page} has the id "${fragment}" any more: if you renamed it, add formerIds: [${fragment}] to it; if you removed it, put it back, as trainers link to it`);
		if (!link.code || !link.id || twice.has(link.id)) continue;
		const published = `(${registry.file}:${link.line ?? 1})`;
		const item = coded.get(link.id);
		// Published in another pathway: pasted here, which the codes rule reports with the fix.
		const pasted = item?.section !== undefined && item.section.split('-')[0] !== link.code.split('-')[0];
		// Codes say where an item sits: one that moved to another sub-capability has a new code, and keeps the old.
		if (item && !pasted && item.code !== link.code && !item.formerCodes?.includes(link.code)) lost.set(item.id, [...(lost.get(item.id) ?? []), { ...link, published }]);
		const holder = [...coded.values()].find((other) => (other.code === link.code || other.formerCodes?.includes(link.code!)) && other.id !== link.id && !other.formerIds.includes(link.id!));
		// The published id is nowhere now: most likely the item holding its code is it, renamed.
		const gone = !coded.has(link.id) && ![...coded.values()].some((other) => other.formerIds.includes(link.id!));
		if (holder)
			problems.push({
				...holder.at,
				message: gone
					? `${link.code} was published for ${link.id} ${published}, which no longer exists: if you renamed ${link.id} to ${holder.id}, keep its old id, formerIds: [${link.id}], and this code; if ${holder.id} is a new item, give it a new code (a code is never reused)`
					: `${link.code} was published for ${link.id} ${published}, and a code is never reused: give ${holder.id} a new code`,
			});
	}
	for (const [id, links] of lost) problems.push(...lostCodes(coded.get(id)!, links, registry.links));
	return problems;
}

/**
 * An item's published codes that it no longer has: one that moved is told, once, to keep every code
 * it was published with (a second move keeps the first's too); one that did not, to put it back.
 */
function lostCodes(item: { id: string; code: string; formerCodes?: string[] | undefined; section?: string; at: Problem }, links: { code?: string; published: string }[], registry: PublishedLink[]): Problem[] {
	const moved = links.find((link) => item.section !== undefined && item.section !== sectionOf(link.code!));
	if (!moved) return links.map((link) => ({ ...item.at, message: `${item.code} was ${link.code} when published ${link.published}, and codes never change: put back ${link.code}` }));
	const kept = [...new Set([...(item.formerCodes ?? []), ...registry.filter((l) => l.id === item.id && l.code && l.code !== item.code).map((l) => l.code!)])];
	const [codes, them] = kept.length > 1 ? ['codes', 'them'] : ['code', 'it'];
	return [{
		...item.at,
		message: `${item.code} was ${moved.code} when published ${moved.published}: if the attribute moved here from another sub-capability, keep its published ${codes} too, formerCodes: [${kept.join(', ')}], so that citations of ${them} still find it; if it did not move, put back ${moved.code}`,
	}];
}

/** The pathway and sub-capability a code names: `P3-CU2` of `P3-CU2.2`. */
const sectionOf = (code: string) => code.replace(/\.\d+$/, '');
