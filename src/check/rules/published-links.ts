import { citeUrls } from '../../lib/cite/urls.ts';
import { comparePairs } from '../../lib/pathways-shown.ts';
import { urls } from '../../lib/urls.ts';
import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Path, Problem, SourceFile } from '../where.ts';
import { nextFreeCode } from './codes.ts';
import { attributeEntries, unread } from './helpers.ts';
import { codeProblems, type CodedItem } from './published-codes.ts';

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
	const coded = new Map<string, CodedItem & { at: Problem }>();
	// An id used twice is reported by the unique-ids rule; its codes are not compared, as either entry may be meant.
	const twice = new Set<string>();
	const add = (item: Omit<CodedItem, 'source' | 'path'>, source: SourceFile, path: Path) => (coded.has(item.id) && twice.add(item.id), coded.set(item.id, { ...item, source, path, at: problemAt(source, [...path, 'code'], '') }));
	const capabilityIdsOf = new Map(content.capabilities.map(({ value }) => [value.id, idsOf(value)]));
	for (const { value, source, path } of content.capabilities) {
		for (const id of idsOf(value)) pages.add(urls.capability(id));
		add(value, source, path);
	}
	for (const { value, source, path } of content.subCapabilities) {
		for (const capability of capabilityIdsOf.get(value.capability) ?? [value.capability]) for (const id of idsOf(value)) pages.add(urls.subCapability(capability, id));
		add(value, source, path);
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
		add({ ...entry, section: `${pathway.replace('pathway-', 'P')}-${subCapabilityCode.get(subCapability)}` }, source, path);
	}
	// Capabilities and sub-capabilities are sections of every pathway page too.
	for (const set of anchors.values()) for (const { value } of [...content.capabilities, ...content.subCapabilities]) idsOf(value).forEach((id) => set.add(id));

	const problems: Problem[] = [];
	const at = (line: number | undefined, message: string) => problems.push({ file: registry.file, line, message });
	// A file that could not be read has its own problem: what it holds is unread, not removed.
	const isUnread = unread(content);
	// An address published with two codes (a moved attribute) is one link: said once if broken.
	const seen = new Set<string>();
	const pastedIds = new Set<string>();
	/** By item id: the published links whose code it no longer has. */
	const lost = new Map<string, typeof registry.links>();
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
		if (item && !pasted && item.code !== link.code && !item.formerCodes?.includes(link.code)) lost.set(item.id, [...(lost.get(item.id) ?? []), link]);
		if (item && pasted) pastedIds.add(item.id);
		// One holding it as a former code is told at that line, with its other codes (codeProblems).
		const holder = [...coded.values()].find((other) => other.code === link.code && other.id !== link.id && !other.formerIds.includes(link.id!));
		const next = holder?.section ? `, e.g. code: ${nextFreeCode(content, `${holder.section}.`)}` : '';
		// The published id is nowhere now: most likely the item holding its code is it, renamed.
		const gone = !coded.has(link.id) && ![...coded.values()].some((other) => other.formerIds.includes(link.id!));
		if (holder)
			problems.push({
				...holder.at,
				message: gone
					? `${link.code} was published for ${link.id} ${published}, which no longer exists: if you renamed ${link.id} to ${holder.id}, keep its old id, formerIds: [${link.id}], and this code; if ${holder.id} is a new item, give it a new code${next} (a code is never reused)`
					: `${link.code} was published for ${link.id} ${published}, and a code is never reused: give ${holder.id} a new code${next}`,
			});
	}
	const exists = (id: string) => [...coded.values()].some((item) => item.id === id || item.formerIds.includes(id));
	for (const item of coded.values()) if (!twice.has(item.id) && !pastedIds.has(item.id) && (lost.has(item.id) || item.formerCodes?.length)) problems.push(...codeProblems(item, lost.get(item.id) ?? [], registry, exists));
	return problems;
}
