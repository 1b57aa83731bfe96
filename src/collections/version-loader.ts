/**
 * An Astro loader for the published versions, `versions/<version>.json`, keyed by version number.
 * Content with no published version yet (a new site, the test fixtures) has no folder: no entries.
 */
import { existsSync, globSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDir, layout } from './content-paths.ts';

/** Whether any version has been published, so that pages need not ask an empty collection. */
export function hasPublishedVersions(): boolean {
	return globSync('*.json', { cwd: path.join(contentDir(), layout.versions) }).length > 0;
}

export function versionLoader(): Loader {
	return {
		name: 'lcf-versions',
		load: async ({ store, parseData, generateDigest }) => {
			const dir = path.join(contentDir(), layout.versions);
			store.clear();
			if (!existsSync(dir)) return;
			for await (const file of glob('*.json', { cwd: dir })) {
				const filePath = path.join(dir, file);
				const id = file.replace(/\.json$/, '');
				const data = await parseData({ id, data: JSON.parse(await readFile(filePath, 'utf8')), filePath });
				store.set({ id, data, digest: generateDigest(data), filePath: path.relative(process.cwd(), filePath) });
			}
		},
	};
}
