/** The valid fixture as if published, for the check's rules on published links: change one file, check again. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, vi } from 'vitest';
import { attributeEntries } from '../../src/check/rules/helpers.ts';
import { validateContent } from '../../src/check/validate.ts';
import { contentFolder } from './fixtures.ts';

/** The valid fixture with every one of its pages and attribute links recorded as published. */
export async function publishedFolder(from = contentFolder()): Promise<string> {
	vi.stubEnv('LCF_CONTENT_DIR', from);
	const { content, problems } = await validateContent();
	expect(problems).toEqual([]);
	const links = [
		...content.pathways.map(({ id }) => ({ url: `/pathways/${id}/` })),
		...content.resources.map(({ id }) => ({ url: `/resources/${id}/` })),
		...content.capabilities.map(({ value }) => ({ url: `/capabilities/${value.id}/`, code: value.code, id: value.id })),
		...content.subCapabilities.map(({ value }) => ({ url: `/capabilities/${value.capability}/${value.id}/`, code: value.code, id: value.id })),
		...content.curriculumAreas.map(({ value }) => ({ url: `/curriculum-areas/${value.id}/` })),
		...attributeEntries(content).map(({ entry, source }) => ({ url: `/pathways/${content.attributeFiles.find((f) => f.source === source)!.id}/#${entry.id}`, code: entry.code, id: entry.id })),
	];
	expect(links.length).toBeGreaterThan(8);
	writeFileSync(path.join(from, 'published-links.json'), JSON.stringify({ links }, null, '\t'));
	return from;
}

export async function checkAfter(file: string, change: (text: string) => string, from?: string) {
	const dir = await publishedFolder(from);
	const absolute = path.join(dir, file);
	const before = readFileSync(absolute, 'utf8');
	const after = change(before);
	expect(after).not.toBe(before);
	writeFileSync(absolute, after);
	return validateContent();
}

