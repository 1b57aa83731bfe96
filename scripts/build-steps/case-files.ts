/**
 * Writes the CASE 1.1 provider's files under `ims/case/v1p1/` from `case-files.ndjson`, which the
 * site build writes (`src/pages/case-files.ndjson.ts` says why they are not pages), then removes it.
 * Each body is written as the specification's endpoints give it: JSON, tab-indented, most files
 * without an extension (docs/case.md, "Hosting").
 */
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { caseBase } from '../../src/lib/case/provider.ts';

export const caseFilesList = 'case-files.ndjson';

/** How many files are written at once: enough to keep the disk busy, few enough to hold little. */
const batch = 64;

export async function writeCaseFiles(siteDir: string): Promise<void> {
	const list = path.join(siteDir, caseFilesList);
	const base = path.join(siteDir, caseBase);
	const folders = new Set<string>();
	let pending: Promise<void>[] = [];
	for await (const line of createInterface({ input: createReadStream(list), crlfDelay: Infinity })) {
		if (!line) continue;
		const [file, body] = JSON.parse(line) as [string, unknown];
		const target = path.join(base, file);
		if (!target.startsWith(base)) throw new Error(`${caseFilesList} names ${file}, which is outside ${caseBase}`);
		const folder = path.dirname(target);
		if (!folders.has(folder)) {
			await mkdir(folder, { recursive: true });
			folders.add(folder);
		}
		pending.push(writeFile(target, JSON.stringify(body, null, '\t')));
		if (pending.length >= batch) {
			await Promise.all(pending);
			pending = [];
		}
	}
	await Promise.all(pending);
	await rm(list);
}
