/**
 * A resource's or site page's file name is its address (`/resources/<name>/`, `/<name>/`), so it
 * must be one an address can be; and a site page must not take an address the site already uses
 * (`search.mdx` would be `/search/`, the search page: Astro only warns, and leaves the page out).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './where.ts';

/** Pagefind's folder, written by the build's search step beside the pages. */
const builtFolders = ['pagefind'];

/** The first parts of the addresses the site's own pages use: `search` for src/pages/search.astro, `pathways` for src/pages/pathways/. */
export async function reservedAddresses(root: string): Promise<Set<string>> {
	// From the project root, not this file's folder: inside Astro this module runs from a bundle.
	const pagesDir = path.join(root, 'src', 'pages');
	const entries = existsSync(pagesDir) ? await readdir(pagesDir) : [];
	// "[sitePage].astro" and the like are the addresses made from content, not the site's own.
	return new Set([...entries.filter((name) => !name.startsWith('[')).map((name) => name.replace(/\.(astro|ts|md|mdx)$/, '')), ...builtFolders]);
}

/** Why `name` (e.g. `Contact Us.mdx`) cannot be the address `address` stands for, or undefined when it can. */
export function fileNameProblem(name: string, address: string): string | undefined {
	if (/^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/.test(name)) return undefined;
	const suggested = name.toLowerCase().replace(/\.mdx$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'about-this-page';
	return `has a name that cannot be its address (${address}): use lowercase letters, digits and hyphens, e.g. ${suggested}.mdx`;
}

/** The problems of the file names in `pages/`. */
export async function sitePageNames(root: string, pagesFolder: string, relative: (file: string) => string): Promise<Problem[]> {
	const reserved = await reservedAddresses(root);
	const problems: Problem[] = [];
	for (const entry of existsSync(pagesFolder) ? await readdir(pagesFolder, { withFileTypes: true }) : []) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const file = relative(`pages/${entry.name}`);
		const id = entry.name.replace(/\.mdx$/, '');
		const problem = fileNameProblem(entry.name, '/<name>/');
		if (problem) problems.push({ file, message: problem });
		else if (reserved.has(id))
			problems.push({ file, message: `would be the page /${id}/, which the site already uses for a page of its own, so this one would not be built: give the file another name, e.g. about-${id}.mdx` });
	}
	return problems;
}
