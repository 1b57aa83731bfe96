import { urls } from '../../lib/urls.ts';
import type { ParsedContent } from '../parsed.ts';
import type { Problem } from '../where.ts';
import { unread } from './helpers.ts';

/**
 * Links from the Markdown of pathways and resources to the site's own pages must lead somewhere:
 * a page that exists and, on a pathway page, an anchor that does (an attribute, capability or
 * sub-capability). Links elsewhere, and to data files and PDFs, are not checked here.
 */
export function siteLinks(content: ParsedContent): Problem[] {
	const pages = new Set<string>(Object.values(urls).filter((url): url is string => typeof url === 'string'));
	const anchors = new Map<string, Set<string>>();
	// Former ids still land, so links to them are fine.
	const idsOf = (item: { id: string; formerIds: string[] }) => [item.id, ...item.formerIds];
	// The page's own anchors too: the header, the main content, the contents list.
	const sections = ['top', 'main-content', 'contents-heading', ...[...content.capabilities, ...content.subCapabilities].flatMap((entry) => idsOf(entry.value))];
	for (const folder of content.pathwayFolders) pages.add(urls.pathway(folder.id));
	for (const { id, value } of content.attributeFiles)
		anchors.set(urls.pathway(id ?? ''), new Set([...sections, ...Object.values(value).flatMap((entries) => entries.flatMap(idsOf))]));
	// Renamed capabilities and sub-capabilities keep their old pages, which send readers on.
	const capabilityIdsOf = new Map(content.capabilities.map(({ value }) => [value.id, idsOf(value)]));
	for (const { value } of content.capabilities) for (const id of idsOf(value)) pages.add(urls.capability(id));
	for (const { value } of content.subCapabilities)
		for (const capability of capabilityIdsOf.get(value.capability) ?? [value.capability])
			for (const id of idsOf(value)) pages.add(urls.subCapability(capability, id));
	for (const { value } of content.curriculumAreas) pages.add(urls.area(value.id));
	for (const { id } of content.resources) pages.add(urls.resource(id ?? ''));
	for (const id of content.sitePages) pages.add(urls.sitePage(id));

	const isUnread = unread(content);
	const problems: Problem[] = [];
	for (const { source } of [...content.pathways, ...content.resources])
		for (const { url, line, field } of source.links ?? []) {
			if (!url.startsWith('/') || url.startsWith('//')) continue;
			const [pathname = '', fragment] = url.split('#') as [string, string?];
			const page = pathname.split('?')[0] ?? '';
			// A page or section made from a file that has its own problem is checked once that file is fixed.
			if (/\.\w+$/.test(page) || isUnread.page(page) || (fragment && isUnread.sections)) continue;
			const problem = !pages.has(page)
				? `links to ${url}, which is not a page of this site: check the address (pages end with "/", e.g. ${urls.pathway('pathway-2')})`
				: fragment && anchors.has(page) && !anchors.get(page)!.has(fragment)
					? `links to ${url}, but ${page} has no "#${fragment}": use the id of an attribute, capability or sub-capability`
					: undefined;
			if (problem) problems.push({ file: source.file, line, field, message: problem });
		}
	return problems;
}
