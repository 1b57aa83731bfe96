import { attributeName, capabilityName, subCapabilityName } from '../../lib/case/framework.ts';
import { caseId } from '../../lib/case/model.ts';
import { caseItemOf, ownerName, publishedCaseItems, type PublishedDocument } from '../case-items.ts';
import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { attributeEntries } from './helpers.ts';

/**
 * A published CASE item (`/ims/case/v1p1/CFItems/<identifier>`) stays as long as its item does: the
 * build refuses a site without it. Checked here, before building, naming the item by its id and
 * code, since the address names only a hash. An item whose own link is still in the registry is
 * reported there (the published-links rule); this finds the rest, such as an attribute deleted
 * together with its line in the registry.
 */
export function caseItems(content: ParsedContent, published: PublishedDocument[]): Problem[] {
	const registry = content.publishedLinks;
	if (!registry || content.unchecked.lists.size) return [];
	const current = new Set<string>();
	const ids = new Set<string>();
	for (const { id: pathway = '' } of content.pathways) {
		for (const { value } of content.capabilities) current.add(caseId(capabilityName(pathway, value)));
		for (const { value } of content.subCapabilities) current.add(caseId(subCapabilityName(pathway, value)));
	}
	for (const { value } of [...content.capabilities, ...content.subCapabilities]) [value.id, ...value.formerIds].forEach((id) => ids.add(id));
	for (const { entry } of attributeEntries(content)) (current.add(caseId(attributeName(entry))), [entry.id, ...entry.formerIds].forEach((id) => ids.add(id)));
	const owners = publishedCaseItems(published, registry.links);
	const linked = new Set(registry.links.flatMap((link) => (link.id && !caseItemOf(link.url) ? [link.id] : [])));
	const said = new Set<string>();
	const problems: Problem[] = [];
	// An item's own address (CFItems) before its list of associations (CFItemAssociations).
	for (const link of registry.links.toSorted((a, b) => Number(!a.url.includes('/CFItems/')) - Number(!b.url.includes('/CFItems/')))) {
		const identifier = caseItemOf(link.url);
		if (!identifier || current.has(identifier) || said.has(identifier)) continue;
		said.add(identifier);
		const owner = owners.get(identifier);
		const pathway = owner?.pathway;
		if (pathway && content.unchecked.pathways.has(pathway)) continue;
		const at = `${link.url} (${registry.file}:${link.line ?? 1})`;
		if (!owner) {
			// Perhaps an item of a pathway that could not be read, which has its own problem.
			if (content.unchecked.pathways.size) continue;
			problems.push({ file: registry.file, line: link.line, message: `${link.url} is a published CASE item, but no item of the content has it now: an attribute, capability or sub-capability was removed, or its id changed without formerIds. Undo that change (\`git diff content/\` shows it)` });
			continue;
		}
		// Its own link, still in the registry, is reported by the published-links rule, with its fix.
		if (!ids.has(owner.id) && linked.has(owner.id)) continue;
		const file = owner.kind === 'attribute' ? content.attributeFiles.find((f) => f.id === pathway) : undefined;
		const place = file ? { file: file.source.file, line: owner.subCapability ? file.source.lineOf([owner.subCapability]) : 1, field: owner.subCapability } : { file: registry.file, line: link.line };
		// Still here under its own id: its formerIds now start with another's id, and CASE names an item by the first of them.
		const holder = attributeEntries(content).find(({ entry }) => entry.id === owner.id && entry.formerIds.length);
		if (holder) {
			const [taken] = holder.entry.formerIds;
			problems.push(problemAt(holder.source, [...holder.path, 'formerIds'], `lists ${taken} first, which gives ${owner.id} the CASE address of ${taken} and takes away its own, published as ${at} (CASE names an attribute by the first of its formerIds): a removed attribute's link cannot pass to another that was already published. Put back ${taken} instead, and take it out of these formerIds`));
			continue;
		}
		const message = ids.has(owner.id)
			? `${ownerName(owner)} was published in CASE as ${at}, but its first id is no longer ${owner.id}, which that address is made from: keep ${owner.id} first in its formerIds`
			: owner.kind === 'attribute'
				? `${ownerName(owner)} was published${owner.subCapability ? ' under this sub-capability' : ''}, and in CASE as ${at}, but it is gone: put it back${owner.text ? ` ("${owner.text}")` : ''}, as trainers and learning platforms link to it; if you renamed it, add formerIds: [${owner.id}] to it`
				: `${ownerName(owner)} was published, and in CASE as ${at}, but it is gone: put it back; if you renamed it, add formerIds: [${owner.id}] to it`;
		problems.push({ ...place, message });
	}
	return problems;
}
