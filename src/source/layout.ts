/**
 * Where each kind of content lives. The Astro collections and `npm run check` both read from here,
 * so the site and the validator can never disagree about which files count.
 */
import path from 'node:path';

/** The content folder: `content/`, or `LCF_CONTENT_DIR` (used by tests and the benchmark). */
export function contentDir(root = process.cwd()): string {
	return path.resolve(root, process.env.LCF_CONTENT_DIR || 'content');
}

export const layout = {
	framework: 'framework.yaml',
	capabilities: 'capabilities.yaml',
	subCapabilities: 'sub-capabilities.yaml',
	curriculumAreas: 'curriculum-areas.yaml',
	/** `pathways/<pathway-id>/pathway.mdx`: the pathway record and its introduction. */
	pathways: 'pathways/*/pathway.mdx',
	/** `pathways/<pathway-id>/attributes.yaml`: the pathway's attributes by sub-capability. */
	attributes: 'pathways/*/attributes.yaml',
	/** `resources/<resource-id>.mdx`. */
	resources: 'resources/*.mdx',
	/** `pages/<page-id>.mdx`: pages about the site itself (about, accessibility, privacy, contact). */
	sitePages: 'pages/*.mdx',
} as const;

/** The id a file stands for: its folder for pathway files, its name for resources. */
export function idFromPath(relativePath: string): string {
	const parts = relativePath.split(/[\\/]/);
	const name = parts.at(-1) ?? '';
	return name === 'pathway.mdx' || name === 'attributes.yaml' ? (parts.at(-2) ?? '') : name.replace(/\.mdx$/, '');
}
