/**
 * Reads `published-links.json`, the registry of links trainers rely on, for the check: a hand edit
 * that breaks its JSON is a problem with its line (the build would crash on it), and every link
 * keeps the line it is written on.
 */
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import type { PublishedLink } from '../../schemas/published-link.ts';
import { readText } from './read-text.ts';
import type { Problem } from './where.ts';

export interface PublishedLinks {
	file: string;
	links: (PublishedLink & { line: number | undefined })[];
}

const fix = 'It is written by `npm run links:publish`: undo the hand edit, or correct it';

/** The registry with each link's line, or the problem that stops it being read. */
export async function readPublishedLinks(absolutePath: string, file: string): Promise<{ registry?: PublishedLinks; problems: Problem[] }> {
	const read = await readText(absolutePath, file);
	if (!('text' in read)) return { problems: [read.problem] };
	const text = read.text;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
		// JSON allows no comma after the last entry of a list or an object; it is the usual slip.
		const comma = /,(\s*)[\]}]/.exec(text);
		if (comma) return { problems: [{ file, line: lineAt(comma.index), message: `has a comma after the last entry, before "${text[comma.index + comma[0].length - 1]}", which JSON does not allow: remove that comma` }] };
		const position = /position (\d+)/.exec(String(error))?.[1];
		return { problems: [{ file, line: position ? lineAt(Number(position)) : undefined, message: `is not valid JSON (${(error as Error).message.split('\n')[0]}). ${fix}` }] };
	}
	const links = (data as { links?: unknown } | null)?.links;
	if (!Array.isArray(links) || links.some((link) => typeof link?.url !== 'string'))
		return { problems: [{ file, message: `must be {"links": [{"url": "/…"}, …]}, each link with its "url". ${fix}` }] };
	// JSON is YAML, and YAML's reader knows each entry's line.
	const lines = new LineCounter();
	const list = parseDocument(text, { lineCounter: lines }).get('links', true);
	const lineOf = (index: number) => {
		const node = isSeq(list) ? list.items[index] : undefined;
		return isMap(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
	};
	return { registry: { file, links: (links as PublishedLink[]).map((link, index) => ({ ...link, line: lineOf(index) })) }, problems: [] };
}

/** A missing code of an attribute that was published: the problem names the code to put back, the last published (a moved attribute's new one). */
export function namePublishedCodes(problems: Problem[], registry: PublishedLinks): void {
	for (const problem of problems) {
		const id = /\(([^)]+)\) › code$/.exec(problem.field ?? '')?.[1];
		const link = id && problem.message.startsWith('is missing') ? registry.links.findLast((l) => l.id === id && l.code) : undefined;
		if (link) problem.message = `is missing: it was published as ${link.code} (${registry.file}:${link.line ?? 1}), so add "code: ${link.code}" to this entry`;
	}
}
