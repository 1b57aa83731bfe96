/**
 * An Astro loader for attributes: every `pathways/<pathway-id>/attributes.yaml`, flattened. It reads
 * them through the content check, so a broken file stops it with the checker's report; in
 * `npm run dev` an edit reloads them, or logs that report.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { attributesFromFile } from './attributes.ts';
import { checkedContent, ContentProblems, loadChecked } from './checked.ts';
import { contentDir } from './content-paths.ts';

async function load({ store, parseData, generateDigest }: LoaderContext): Promise<void> {
	const { content } = await checkedContent();
	store.clear();
	for (const { id, value, source } of content.attributeFiles)
		for (const attribute of attributesFromFile(id!, value)) {
			const data = await parseData({ id: attribute.id, data: attribute, filePath: source.file });
			store.set({ id: attribute.id, data, digest: generateDigest(data), filePath: source.file });
		}
}

export function attributeLoader(): Loader {
	return {
		name: 'lcf-attributes',
		load: async (context) => {
			await loadChecked(context, () => load(context));
			const dir = contentDir();
			context.watcher?.add(path.join(dir, 'pathways'));
			context.watcher?.on('all', (_, changed) => {
				if (!changed.startsWith(dir) || !changed.endsWith('attributes.yaml')) return;
				// Bad content is reported by `checked` (once for every collection): here it only stops the reload.
				load(context).catch((error: unknown) => {
					if (!(error instanceof ContentProblems)) context.logger.error(String(error));
				});
			});
		},
	};
}
