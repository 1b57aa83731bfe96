/** An Astro loader for attributes: every `pathways/<pathway-id>/attributes.yaml`, flattened. */
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { attributeFileSchema } from '../../schemas/index.ts';
import { attributesFromFile } from './attributes.ts';
import { contentDir, idFromPath, layout } from './content-paths.ts';

export function attributeLoader(): Loader {
	return {
		name: 'lcf-attributes',
		load: async ({ store, parseData, generateDigest }) => {
			const dir = contentDir();
			store.clear();
			for await (const file of glob(layout.attributes, { cwd: dir })) {
				const filePath = path.join(dir, file);
				const entries = attributeFileSchema.parse(parse(await readFile(filePath, 'utf8')));
				for (const attribute of attributesFromFile(idFromPath(file), entries)) {
					const data = await parseData({ id: attribute.id, data: attribute, filePath });
					store.set({ id: attribute.id, data, digest: generateDigest(data), filePath: path.relative(process.cwd(), filePath) });
				}
			}
		},
	};
}
