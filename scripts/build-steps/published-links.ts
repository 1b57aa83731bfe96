/**
 * The promise to trainers: a link once published keeps working. `content/published-links.json`
 * records every published page and attribute fragment with its code; `checkPublishedLinks` says
 * which of them a built site breaks, and `npm run links:publish` records newly published ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PublishedLink } from '../../schemas/published-link.ts';
import { caseItemOf, ownerName, publishedCaseItems, type CaseItemOwner, type PublishedDocument } from '../../src/check/case-items.ts';
import { contentDir, layout } from '../../src/collections/content-paths.ts';

// Its type lives with the schemas, where the check reads it too; re-exported for this step's callers.
export type { PublishedLink };

export interface LinkItem {
	code: string;
	id: string;
	url: string;
	formerIds: string[];
	/** Codes an attribute had before it moved to another sub-capability: they still lead to it. */
	formerCodes?: string[];
}

/**
 * The CASE provider's association files (`/ims/case/v1p1/CFAssociations/<identifier>`) say how
 * items relate now: an attribute moved to another sub-capability is the child of another one, so
 * its old `isChildOf` association is no longer true and goes (CASE consumers read the current set
 * from the package and `CFItemAssociations`). They are recorded as published, but may go; every
 * other CASE file (documents, items, packages, types, concepts, groupings) must stay, as the
 * item's identifier never changes.
 */
export const mayGo = (url: string) => url.startsWith('/ims/case/v1p1/CFAssociations/');

export const registryFile = 'content/published-links.json';

/** A build step's finding that the editor must fix: reported as it is, without a stack trace. */
export class ContentError extends Error {}

/**
 * The build step that keeps the promise: stops the build, naming each link, when the site just
 * built would break one that was published (a renamed or removed attribute, page or resource).
 */
export function assertPublishedLinks(siteDir: string, root = process.cwd()): void {
	// Beside the content it records: content built from elsewhere (tests, the benchmark) has published nothing.
	const file = path.join(contentDir(root), path.basename(registryFile));
	if (!existsSync(file)) return;
	// Checked before the PDFs are made (and without them when they are skipped); the tests check those too.
	const registry = (JSON.parse(readFileSync(file, 'utf8')) as { links: PublishedLink[] }).links.filter((link) => !link.url.endsWith('.pdf'));
	const items = JSON.parse(readFileSync(path.join(siteDir, 'links.json'), 'utf8')) as LinkItem[];
	// The published versions say which item a CASE address (a hash) was, for the message to name it.
	const versions = path.join(contentDir(root), layout.versions);
	const documents = existsSync(versions)
		? readdirSync(versions).filter((name) => name.endsWith('.json')).map((name) => (JSON.parse(readFileSync(path.join(versions, name), 'utf8')) as { document: PublishedDocument }).document)
		: [];
	const broken = checkPublishedLinks(registry, siteDir, items, publishedCaseItems(documents, registry));
	if (!broken.length) return;
	throw new ContentError(
		[
			`The new site would break ${broken.length} published link${broken.length === 1 ? '' : 's'} (${registryFile}), which trainers have pasted into slides and courses:`,
			'',
			...broken.map((problem) => `  ${problem}`),
			'',
			'To rename an attribute, capability or sub-capability, keep its old id in its formerIds, e.g. formerIds: [p2-old-id], and keep its code.',
			'A removed item or resource must stay, or keep redirecting, as long as its link is published.',
		].join('\n'),
	);
}

/** The page a path is served from, following one moved-page notice; undefined if there is none. */
function servedPage(siteDir: string, pathname: string): { html: string; pathname: string } | undefined {
	const file = path.join(siteDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) return undefined;
	const html = readFileSync(file, 'utf8');
	const moved = html.match(/<meta http-equiv="refresh" content="0; url=([^"]+)"/)?.[1];
	return moved ? servedPage(siteDir, moved) : { html, pathname };
}

/** What each published link finds in the built site: a list of what is broken, empty if nothing. */
export function checkPublishedLinks(registry: PublishedLink[], siteDir: string, items: LinkItem[], caseOwners = new Map<string, CaseItemOwner>()): string[] {
	const problems: string[] = [];
	const named = new Set<CaseItemOwner>();
	// An address published with two codes (a moved attribute) is one link: said once if broken.
	const seen = new Set<string>();
	for (const link of registry) {
		const first = !seen.has(link.url) && !!seen.add(link.url);
		const [pathname = '/', fragment] = link.url.split('#');
		const page = servedPage(siteDir, pathname);
		if (!page && mayGo(pathname)) continue;
		const owner = caseOwners.get(caseItemOf(pathname) ?? '');
		if (!page && owner) {
			// Its CFItems and CFItemAssociations addresses: one item gone, said once.
			if (named.has(owner)) continue;
			named.add(owner);
			const where = owner.kind === 'attribute' && owner.pathway ? ` (content/pathways/${owner.pathway}/attributes.yaml${owner.subCapability ? `, under ${owner.subCapability}` : ''})` : '';
			problems.push(`${link.url}: the CASE item of ${ownerName(owner)}${where} is gone. Put the ${owner.kind} back, or, if you renamed it, keep its old id first in its formerIds, e.g. formerIds: [${owner.id}]. \`npm run check\` names it too.`);
			continue;
		}
		if (!page) {
			// A resource's address is its file name, and resources have no former ids.
			const fix = pathname.startsWith('/resources/') ? 'Keep the resource file under its old name.' : 'Declare the old id in formerIds.';
			if (first) problems.push(`${link.url}: the page is gone and nothing redirects from it. ${fix}`);
			continue;
		}
		if (first && fragment && !page.html.includes(`id="${fragment}"`))
			problems.push(`${link.url}: ${page.pathname} has no element with id "${fragment}". Declare the old id in formerIds.`);
		if (link.code) {
			const holder = items.find((item) => item.code === link.code);
			if (holder && holder.id !== link.id && !holder.formerIds.includes(link.id ?? ''))
				problems.push(`${link.url}: its code ${link.code} now belongs to ${holder.id}. A code is never reused.`);
			// Only the same item under its own id: an id kept as another's former id (a statement merged
			// into another) leads to that one, whose code is its own.
			const item = items.find((i) => i.id === link.id);
			if (item && item.code !== link.code && !item.formerCodes?.includes(link.code)) problems.push(`${link.url}: ${item.id} was published as ${link.code} but is now ${item.code}. Codes never change (one that moved keeps it in formerCodes).`);
		}
	}
	return problems;
}

/**
 * The registry with every page and item of the built site added (nothing is ever removed). An
 * address is recorded once with each code it is published with: a moved attribute keeps its link
 * and takes a new code, which must then be kept as surely as the first.
 */
export function withNewLinks(registry: PublishedLink[], pages: string[], items: LinkItem[]): PublishedLink[] {
	const key = (link: PublishedLink) => `${link.url} ${link.code ?? ''}`;
	const urls = new Set(registry.map((link) => link.url));
	const known = new Set(registry.map(key));
	// Items first, so a capability's page is recorded with its code.
	const fresh: PublishedLink[] = [
		...items.map(({ url, code, id }) => ({ url: new URL(url).pathname + new URL(url).hash, code, id })),
		...pages.map((url) => ({ url })),
	].filter((link: PublishedLink) => (link.code ? !known.has(key(link)) : !urls.has(link.url)) && known.add(key(link)) && urls.add(link.url));
	return [...registry, ...fresh].sort((a, b) => a.url.localeCompare(b.url));
}
