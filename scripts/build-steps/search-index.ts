/**
 * Indexes the search records the site build wrote (`search-records.json`) with Pagefind, into
 * `pagefind/` beside the pages, then removes the records file: the index is what search reads.
 *
 * Pagefind splits its word index into chunks by alphabetical range, and a query fetches only the
 * chunks its words fall in. Its default chunk holds 20,000 word positions, which is the whole of
 * our index (≈ 20 KB), so every first query fetched all of it. `indexChunkSize` positions per chunk
 * makes chunks of ≈ 2 KB: a one-word query fetches one (≈ 92 KB in all for search and a first query,
 * against ≈ 109 KB before), and the index a query fetches no longer grows with the content. Pagefind
 * reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, its one setting for this and marked unstable
 * (not among the options of https://pagefind.app/docs/config-options/, which Pagefind also reads
 * from PAGEFIND_* variables), so `tests/build/budgets.test.ts` checks that the chunks really are small.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../src/lib/search-records.ts';

const indexChunkSize = 2000;

export async function buildSearchIndex(siteDir: string): Promise<void> {
	const recordsFile = path.join(siteDir, 'search-records.json');
	const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
	// Read by the Pagefind process that createIndex starts, which inherits this process's environment.
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		for (const record of records) {
			const added = await index.addCustomRecord(record);
			if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	await rm(recordsFile);
	// Pagefind always writes its ready-made search UIs; the site has its own, so they go.
	for (const file of await readdir(path.join(siteDir, 'pagefind')))
		if (/^pagefind-(component-|modular-)?ui\.(css|js)$/.test(file)) await rm(path.join(siteDir, 'pagefind', file));
	await minifySearchCode(path.join(siteDir, 'pagefind', 'pagefind.js'));
	console.log(`Indexed ${records.length} search records.`);
}

/**
 * Pagefind ships its search code without whitespace but with its long names: minified properly it
 * is 1.9 KB smaller gzipped (13.1 → 11.2 KB), on every reader's first search.
 */
async function minifySearchCode(file: string): Promise<void> {
	const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', sourcefile: 'pagefind.js' });
	await writeFile(file, code);
}
