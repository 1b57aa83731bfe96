import { citeUrls } from '../../lib/cite/urls.ts';
import { urls } from '../../lib/urls.ts';
import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries } from './helpers.ts';

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
	const coded = new Map<string, { id: string; code: string; formerIds: string[]; at: Problem }>();
	const add = (item: { id: string; code: string; formerIds: string[] }, at: Problem) => coded.set(item.id, { ...item, at });
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
	for (const { entry, source, path } of attributeEntries(content)) {
		const page = urls.pathway(content.attributeFiles.find((f) => f.source === source)?.id ?? '');
		for (const id of idsOf(entry)) anchors.get(page)?.add(id);
		add(entry, problemAt(source, [...path, 'code'], ''));
	}
	// Capabilities and sub-capabilities are sections of every pathway page too.
	for (const set of anchors.values()) for (const { value } of [...content.capabilities, ...content.subCapabilities]) idsOf(value).forEach((id) => set.add(id));

	const problems: Problem[] = [];
	const at = (line: number | undefined, message: string) => problems.push({ file: registry.file, line, message });
	// A file that could not be read has its own problem: what it holds is unread, not removed.
	const { unchecked } = content;
	const unread = new Set<string>([
		...[...unchecked.pathways].flatMap((id) => [urls.pathway(id), citeUrls.pathway(id)]),
		...[...unchecked.resources].map((id) => urls.resource(id)),
		...[...unchecked.sitePages].map((id) => urls.sitePage(id)),
	]);
	const isUnread = (page: string) => unread.has(page) || (unchecked.lists && (page.startsWith(urls.capabilities) || page.startsWith(urls.areas)));
	for (const link of registry.links) {
		if (link.url.endsWith('.pdf') || link.url.endsWith('.json') || link.url.endsWith('.csv')) continue;
		// Version pages are made from the snapshots in content/versions/, which the version rules keep; the build checks them.
		if (link.url.startsWith('/versions/')) continue;
		// The CASE provider's files and the downloads for other tools are made from the model as a whole; the build checks them.
		if (link.url.startsWith('/ims/') || link.url.startsWith('/downloads/')) continue;
		const [page = '/', fragment] = link.url.split('#');
		if (isUnread(page)) continue;
		if (!pages.has(page)) {
			const fix = page.startsWith('/resources/')
				? `keep the resource file under its old name, resources/${page.split('/')[2]}.mdx (its name is its address)`
				: 'if you renamed it, add its old id to its formerIds, e.g. formerIds: [old-id]; if you removed it, put it back';
			at(link.line, `${link.url} is published, but the content no longer has that page: ${fix}`);
		} else if (fragment && anchors.has(page) && !anchors.get(page)!.has(fragment) && !unchecked.lists)
			at(link.line, `${link.url} is published, but no attribute of ${page} has the id "${fragment}" any more: if you renamed it, add formerIds: [${fragment}] to it; if you removed it, put it back, as trainers link to it`);
		if (!link.code || !link.id) continue;
		const item = coded.get(link.id);
		if (item && item.code !== link.code)
			problems.push({ ...item.at, message: `${item.code} was ${link.code} when published (${registry.file}:${link.line ?? 1}), and codes never change: put back ${link.code}` });
		const holder = [...coded.values()].find((other) => other.code === link.code && other.id !== link.id && !other.formerIds.includes(link.id!));
		if (holder)
			problems.push({ ...holder.at, message: `${link.code} was published for ${link.id} (${registry.file}:${link.line ?? 1}), and a code is never reused: give ${holder.id} a new code` });
	}
	return problems;
}
