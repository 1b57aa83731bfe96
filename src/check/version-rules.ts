/**
 * Rules on the content's version (`framework.yaml`'s `version`) against the versions published in
 * `content/versions/`: readers cite a version and follow what changed since, so a changed text must
 * come with a new version, and a published version is never gone back on or reused.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { versionPattern, versionSnapshotSchema, type VersionSnapshot } from '../../schemas/index.ts';
import { diffContent, type ContentDiff, type VersionContent } from '../lib/versions/diff.ts';
import { compareVersions } from '../lib/versions/order.ts';
import { fieldNames, problemAt, schemaProblems } from './problems.ts';
import type { Problem, SourceFile } from './where.ts';
import { layout } from '../collections/content-paths.ts';
import { readYaml } from './read.ts';
import type { ParsedContent } from './parsed.ts';

export const versionsFolder = layout.versions;

/** The current content in the shape a snapshot keeps it, for comparing the two. */
export function currentContent(content: ParsedContent): VersionContent {
	const capabilityOf = new Map(content.subCapabilities.map(({ value }) => [value.id, value.capability]));
	return {
		capabilities: content.capabilities.map(({ value }) => value),
		subCapabilities: content.subCapabilities.map(({ value }) => value),
		curriculumAreas: content.curriculumAreas.map(({ value }) => value),
		attributes: content.attributeFiles.flatMap(({ id: pathway = '', value }) =>
			Object.entries(value).flatMap(([subCapability, entries]) =>
				entries.map((entry, index) => ({ ...entry, pathway, subCapability, capability: capabilityOf.get(subCapability) ?? '', order: index + 1 })),
			),
		),
	};
}

/** "2 reworded, 1 moved (p2-decides-well), 1 curriculum area title (making-decisions)": what a diff holds, in a few words, naming the headings and moved attributes. */
export function summarise(diff: ContentDiff): string {
	const counts = new Map<string, string[]>();
	const count = (what: string, name = '') => counts.set(what, [...(counts.get(what) ?? []), name]);
	// A move changes a code that citations use: the editor checks each, so each is named.
	for (const change of diff.attributes) (change.kind === 'changed' ? change.aspects : [change.kind]).forEach((aspect) => count(aspect, aspect === 'moved' && change.kind === 'changed' ? change.after.id : ''));
	const kinds = { capability: 'capability', subCapability: 'sub-capability', curriculumArea: 'curriculum area' } as const;
	for (const change of diff.headings) count(`${kinds[change.kind]} ${change.field}${change.pathway ? ` as ${change.pathway} words it` : ''}`, change.code || change.id);
	const named = (names: string[]) => (names.some(Boolean) ? ` (${names.join(', ')})` : '');
	return [...counts].map(([what, names]) => `${names.length} ${what}${named(names)}`).join(', ');
}

/** The published versions' files, read and checked; their problems go in `problems`. */
async function readSnapshots(dir: string, relative: (file: string) => string, problems: Problem[]) {
	const folder = path.join(dir, versionsFolder);
	const snapshots: { snapshot: VersionSnapshot; source: SourceFile }[] = [];
	for (const name of existsSync(folder) ? (await readdir(folder)).sort() : []) {
		if (name.startsWith('.')) continue;
		const file = relative(`${versionsFolder}/${name}`);
		if (!name.endsWith('.json')) {
			problems.push({ file, message: 'is not read by the site (each published version is one <version>.json file, written by `npm run links:publish`): move it out of the content folder, or remove it' });
			continue;
		}
		const source = await readYaml(path.join(folder, name), file);
		problems.push(...source.problems);
		if (source.data === undefined) continue;
		const result = versionSnapshotSchema.safeParse(source.data);
		if (!result.success) {
			problems.push(...schemaProblems(source, result.error, [], fieldNames(versionSnapshotSchema)));
			continue;
		}
		if (name !== `${result.data.version}.json`)
			problems.push(problemAt(source, ['version'], `is "${result.data.version}", but the file is ${name}: a published version is written by \`npm run links:publish\`; restore the file from git`));
		else snapshots.push({ snapshot: result.data, source });
	}
	return snapshots.sort((a, b) => compareVersions(a.snapshot.version, b.snapshot.version));
}

/** Problems (a version gone back on, a malformed snapshot) and warnings (changed content, same version). */
export async function checkVersions(dir: string, relative: (file: string) => string, content: ParsedContent, frameworkFile: SourceFile | undefined): Promise<{ problems: Problem[]; warnings: Problem[]; published: VersionSnapshot['document'][] }> {
	const problems: Problem[] = [];
	const snapshots = await readSnapshots(dir, relative, problems);
	return { ...compareVersion(snapshots, content, frameworkFile, problems), published: snapshots.map(({ snapshot }) => snapshot.document) };
}

/** The current version against the latest published one. */
function compareVersion(snapshots: { snapshot: VersionSnapshot }[], content: ParsedContent, frameworkFile: SourceFile | undefined, problems: Problem[]): { problems: Problem[]; warnings: Problem[] } {
	const warnings: Problem[] = [];
	const framework = content.framework;
	if (!framework || !frameworkFile) return { problems, warnings };
	const at = (field: string, message: string) => problemAt(frameworkFile, [field], message);
	if (!versionPattern.test(framework.version)) {
		problems.push(at('version', `must be whole numbers separated by dots, e.g. "1.1": it is this site's content version, compared with those published in content/${versionsFolder}/`));
		return { problems, warnings };
	}
	const latest = snapshots.at(-1);
	if (!latest) return { problems, warnings };
	const { version, date, note } = latest.snapshot;
	const published = `version ${version}, already published`;
	const order = compareVersions(framework.version, version);
	if (order < 0) {
		problems.push(at('version', `is "${framework.version}", lower than ${published}: a published version is never gone back on or reused. Use a version above ${version}, e.g. version: "${nextVersion(version)}"`));
	} else if (order === 0) {
		// With a file unread, its entries would count as removed: the comparison waits until it reads.
		const { unchecked } = content;
		if (unchecked.lists.size || unchecked.pathways.size) return { problems, warnings };
		const diff = diffContent(latest.snapshot.document, currentContent(content));
		const changed = summarise(diff);
		if (changed)
			warnings.push(at('version', `is "${version}", the same as ${published}, but the content has changed since (${changed}). Raise it, e.g. version: "${nextVersion(version)}", with the day of publishing as date and a new versionNote, before publishing`));
	} else {
		if (framework.versionNote === note) warnings.push(at('versionNote', `is the note of version ${version}: say what changed in version ${framework.version}`));
		if (framework.date <= date) warnings.push(at('date', `is ${framework.date}, not after ${date}, the date of version ${version}: set the day version ${framework.version} is published`));
	}
	return { problems, warnings };
}

/** The next minor version: 1.0 → 1.1, 1.9 → 1.10. */
function nextVersion(version: string): string {
	const parts = version.split('.').map(Number);
	if (parts.length === 1) parts.push(0);
	parts[parts.length - 1]! += 1;
	return parts.join('.');
}
