/**
 * Publishing a version of the content: `npm run links:publish` keeps the built site's open data
 * (`framework.json`) as `content/versions/<version>.json`, with its date and note, so that the site
 * can show what each version said and what changed since. A version, once kept, is never rewritten.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { versionSnapshotSchema, type VersionSnapshot } from '../../schemas/index.ts';
import { contentDir } from '../../src/collections/content-paths.ts';
import { versionsFolder, summarise } from '../../src/check/version-rules.ts';
import { diffContent, isUnchanged } from '../../src/lib/versions/diff.ts';
import { compareVersions } from '../../src/lib/versions/order.ts';
import { ContentError } from './published-links.ts';

/**
 * Records the built site's content as a published version, unless that version is already kept
 * with the same content. Refuses (a ContentError) a version already kept with other content, or
 * lower than one kept, since readers have cited it.
 */
export function recordVersion(siteDir: string, root = process.cwd()): string {
	const document = JSON.parse(readFileSync(path.join(siteDir, 'framework.json'), 'utf8'));
	const { version, date, framework } = document;
	const folder = path.join(contentDir(root), versionsFolder);
	const file = path.join(folder, `${version}.json`);
	const shown = path.relative(root, file);
	const kept = globSync('*.json', { cwd: folder }).map((name) => name.replace(/\.json$/, '')).sort(compareVersions);
	const latest = kept.at(-1);
	if (latest && compareVersions(version, latest) < 0)
		throw new ContentError(`Version ${version} is lower than version ${latest}, already published. Raise version in content/framework.yaml above ${latest}, then build and publish again.`);
	if (existsSync(file)) {
		const before = versionSnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
		const diff = diffContent(before.document, versionSnapshotSchema.shape.document.parse(document));
		if (isUnchanged(diff)) return `Version ${version} is already recorded in ${shown}.`;
		throw new ContentError(`Version ${version} is already published (${shown}), but this content differs from it (${summarise(diff)}). Raise version in content/framework.yaml, with the day of publishing as date and a new versionNote, then build and publish again.`);
	}
	if (!framework?.versionNote)
		throw new ContentError(`content/framework.yaml has no versionNote: say in a sentence what changed in version ${version}, then build and publish again.`);
	const snapshot: VersionSnapshot = versionSnapshotSchema.parse({ version, date, note: framework.versionNote, document });
	mkdirSync(folder, { recursive: true });
	writeFileSync(file, `${JSON.stringify({ ...snapshot, document }, null, '\t')}\n`);
	return `Recorded version ${version} of the content in ${shown}.`;
}

/** The pages of earlier versions (not in the sitemap, as they are not to be indexed), for the registry. */
export function versionPages(siteDir: string): string[] {
	return globSync(`${versionsFolder}/**/index.html`, { cwd: siteDir }).map((file) => `/${file.split(path.sep).join('/').replace(/index\.html$/, '')}`).sort();
}
