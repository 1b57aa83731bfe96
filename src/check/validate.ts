/**
 * Validates all content without building: every file against its schema, then the rules that span
 * files. It reports every problem at once so an editor can fix them in one pass.
 */
import { existsSync } from 'node:fs';
import { glob, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { attributeFile, collectionSchemas as schemas } from '../collections/collections.ts';
import { contentDir, idFromPath, layout } from '../collections/content-paths.ts';
import { fileNameProblem, sitePageNames } from './file-names.ts';
import { checkFrontmatterMarkdown } from './frontmatter-markdown.ts';
import { fieldNames, requiredFields, schemaProblems } from './problems.ts';
import { namePublishedCodes, readPublishedLinks } from './published-links-file.ts';
import { readMdx, readYaml } from './read.ts';
import type { Problem, SourceFile } from './where.ts';
import type { ListFile, Parsed, ParsedContent } from './parsed.ts';
import { checkRules, checkWarnings } from './rules/index.ts';
import { caseItems } from './rules/published-case-items.ts';
import { copiedAttributeFiles } from './rules/pathway-folders.ts';
import { checkVersions, versionsFolder } from './version-rules.ts';
import { symbolicLinks } from './symbolic-links.ts';

/** Parses `source` with `schema`; on failure, records its problems and returns undefined. */
function parse<S extends z.ZodType>(source: SourceFile, schema: S, problems: Problem[]): z.output<S> | undefined {
	problems.push(...source.problems);
	// Unreadable (a syntax error); other problems in a readable file leave the rest to be checked.
	if (source.data === undefined) return undefined;
	// "---" then "---" with nothing between: name the fields it needs, not "write its value after the colon".
	if (source.data === null && requiredFields(schema).length) {
		problems.push({ file: source.file, line: 1, message: `has no fields between its two "---" lines: write them there, each on its own line, e.g. ${requiredFields(schema).map((field) => `${field}:`).join(', ')} (a file of the same kind shows how)` });
		return undefined;
	}
	const result = schema.safeParse(source.data);
	if (result.success) return result.data;
	problems.push(...schemaProblems(source, result.error, [], fieldNames(schema)));
	return undefined;
}

/** Parses a YAML list file entry by entry, so one bad entry does not hide the others. */
function parseList<S extends z.ZodType>(source: SourceFile, schema: S, problems: Problem[]): Parsed<z.output<S>>[] {
	const list = parse(source, z.array(z.unknown(), { error: 'must be a list of entries, each starting with "- id:"' }), problems);
	return (list ?? []).flatMap((entry, index) => {
		const result = schema.safeParse(entry);
		if (result.success) return [{ value: result.data, source, path: [index] }];
		problems.push(...schemaProblems(source, result.error, [index], fieldNames(schema)));
		return [];
	});
}

/** The ids a list file declares, whether or not their entries are valid. */
function declaredIds(source: SourceFile | undefined): Set<string> | undefined {
	if (!source || !Array.isArray(source.data)) return undefined;
	return new Set(source.data.flatMap((entry) => (typeof entry?.id === 'string' ? [entry.id] : [])));
}

export interface ValidationResult {
	problems: Problem[];
	/** What the editor should know of but that does not stop the build: changed content under a published version, implausible values. */
	warnings: Problem[];
	content: ParsedContent;
	/** The files that could not be read in full (each has its problems): the checks of other files against them were skipped. */
	skipped: string[];
}

export async function validateContent(root = process.cwd()): Promise<ValidationResult> {
	const dir = contentDir(root);
	const problems: Problem[] = [];
	const relative = (file: string) => path.relative(root, path.join(dir, file)).split(path.sep).join('/');
	const links = await symbolicLinks(dir, relative);
	problems.push(...links.map((link) => link.problem));
	// Links are reported, not read: a broken one would crash the reading, a working one is a copy of a file elsewhere.
	const linked = (file: string) => links.some((link) => file === link.file || file.startsWith(`${link.file}/`));
	const files = async (pattern: string) => (await Array.fromAsync(glob(pattern, { cwd: dir }))).map((file) => file.split(path.sep).join('/')).filter((file) => !linked(file)).sort();

	const yamlFile = async (file: string) => {
		if (existsSync(path.join(dir, file))) return readYaml(path.join(dir, file), relative(file));
		problems.push({ file: relative(file), message: 'is missing: every content folder needs this file' });
		return undefined;
	};

	const frameworkFile = await yamlFile(layout.framework);
	const capabilitiesFile = await yamlFile(layout.capabilities);
	const subCapabilitiesFile = await yamlFile(layout.subCapabilities);
	const areasFile = await yamlFile(layout.curriculumAreas);

	const unchecked: ParsedContent['unchecked'] = { pathways: new Set(), resources: new Set(), sitePages: new Set(), lists: new Set() };
	// The files left out of the content in whole or part, which the checks of other files then skip.
	const skipped: string[] = [];
	/** The valid entries of a list file, noting when one was dropped. */
	const list = <S extends z.ZodType>(name: ListFile, source: SourceFile | undefined, schema: S) => {
		const entries = source ? parseList(source, schema, problems) : [];
		if (!source || !Array.isArray(source.data) || entries.length !== source.data.length) (unchecked.lists.add(name), skipped.push(relative(layout[name])));
		return entries;
	};
	const framework = frameworkFile && parse(frameworkFile, schemas.framework, problems);
	if (!framework) (unchecked.lists.add('framework'), skipped.push(relative(layout.framework)));
	const content: ParsedContent = {
		framework,
		capabilities: list('capabilities', capabilitiesFile, schemas.capabilities),
		subCapabilities: list('subCapabilities', subCapabilitiesFile, schemas.subCapabilities),
		curriculumAreas: list('curriculumAreas', areasFile, schemas.curriculumAreas),
		pathways: [],
		attributeFiles: [],
		resources: [],
		pathwayFolders: [],
		sitePages: [],
		declaredIds: {
			capabilities: declaredIds(capabilitiesFile),
			subCapabilities: declaredIds(subCapabilitiesFile),
			curriculumAreas: declaredIds(areasFile),
		},
		unchecked,
	};

	for (const file of await files(layout.pathways)) {
		const source = await readMdx(path.join(dir, file), relative(file));
		const value = parse(source, schemas.pathways, problems);
		if (value) content.pathways.push({ id: idFromPath(file), value, source, path: [] });
		else (unchecked.pathways.add(idFromPath(file)), skipped.push(relative(file)));
	}
	for (const file of await files(layout.attributes)) {
		const source = await readYaml(path.join(dir, file), relative(file));
		const value = parse(source, attributeFile, problems);
		if (value) content.attributeFiles.push({ id: idFromPath(file), value, source, path: [] });
		else (unchecked.pathways.add(idFromPath(file)), skipped.push(relative(file)));
	}
	for (const file of await files(layout.resources)) {
		const source = await readMdx(path.join(dir, file), relative(file));
		const value = parse(source, schemas.resources, problems);
		if (value) {
			const markdown = checkFrontmatterMarkdown(source, value);
			problems.push(...markdown.problems);
			source.links = [...(source.links ?? []), ...markdown.links];
		}
		if (value) content.resources.push({ id: idFromPath(file), value, source, path: [] });
		else (unchecked.resources.add(idFromPath(file)), skipped.push(relative(file)));
	}
	for (const file of await files(layout.sitePages))
		if (parse(await readMdx(path.join(dir, file), relative(file)), schemas.sitePages, problems)) content.sitePages.push(idFromPath(file));
		else (unchecked.sitePages.add(idFromPath(file)), skipped.push(relative(file)));
	const pathwaysDir = path.join(dir, 'pathways');
	const folders = existsSync(pathwaysDir) ? await readdir(pathwaysDir, { withFileTypes: true }) : [];
	content.pathwayFolders = folders
		.filter((entry) => entry.isDirectory())
		.map(({ name }) => ({
			id: name,
			file: relative(`pathways/${name}`),
			missing: ['pathway.mdx', 'attributes.yaml'].filter((file) => !existsSync(path.join(pathwaysDir, name, file))),
		}));

	if (existsSync(path.join(dir, 'published-links.json')) && !linked('published-links.json')) {
		const { registry, problems: found } = await readPublishedLinks(path.join(dir, 'published-links.json'), relative('published-links.json'));
		content.publishedLinks = registry;
		problems.push(...found);
		if (registry) namePublishedCodes(problems, registry);
	}
	// A copied folder ("pathway-2 copy") repeats every id of the one it copies: its pathway.mdx says so once,
	// and its attributes are not checked again, so the real file is not blamed a hundred times.
	const copies = new Set(content.pathways.filter(({ id, value }) => !/^pathway-[1-9]\d*$/.test(id ?? '') && content.pathwayFolders.some((f) => f.id === `pathway-${value.number}`)).map(({ id }) => id));
	content.attributeFiles = content.attributeFiles.filter(({ id }) => !copies.has(id));
	// A pathway-N folder copied from another, ids and all: said once, not at every id and code.
	const copied = copiedAttributeFiles(content);
	(problems.push(...copied.problems), copied.copies.forEach((id) => unchecked.pathways.add(id)));
	content.attributeFiles = content.attributeFiles.filter(({ id }) => !copied.copies.has(id ?? ''));
	problems.push(...(await unreadFiles(root, dir, relative)));
	problems.push(...checkRules(content));
	const versions = await checkVersions(dir, relative, content, frameworkFile);
	problems.push(...versions.problems);
	// After the versions are read: they say which item a published CASE address was.
	problems.push(...caseItems(content, versions.published));
	// File by file, top to bottom, as an editor works through them.
	problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	// One schema check can fail twice for one reason (a URL's scheme and its host): say it once.
	const said = new Set<string>();
	const unique = problems.filter((p) => !said.has(JSON.stringify(p)) && said.add(JSON.stringify(p)));
	const warnings = [...versions.warnings, ...checkWarnings(content)].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	return { problems: unique, warnings, content, skipped };
}

/** Files the site would silently ignore or cannot publish: each is a problem, with the fix. */
async function unreadFiles(root: string, dir: string, relative: (file: string) => string): Promise<Problem[]> {
	const problems: Problem[] = [];
	const known = new Set([layout.framework, layout.capabilities, layout.subCapabilities, layout.curriculumAreas, 'published-links.json', 'pathways', 'resources', 'pages', versionsFolder]);
	for (const entry of existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : []) {
		if (known.has(entry.name) || entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
		const like = [...known].find((name) => name.replace(/\.\w+$/, '') === entry.name.replace(/\.\w+$/, ''));
		const fix = like && !existsSync(path.join(dir, like)) ? `rename it ${like}` : 'move it out of the content folder, or remove it';
		problems.push({ file: relative(entry.name), message: `is not read by the site: ${fix}` });
	}
	const pathwaysDir = path.join(dir, 'pathways');
	for (const entry of existsSync(pathwaysDir) ? await readdir(pathwaysDir, { recursive: true, withFileTypes: true }) : []) {
		const file = path.relative(pathwaysDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
		if (entry.isDirectory() || entry.isSymbolicLink() || /^[^/]+\/(pathway\.mdx|attributes\.yaml)$/.test(file) || file.split('/').some((part) => part.startsWith('.'))) continue;
		const fix = /\.ya?ml$/.test(entry.name)
			? "a pathway's attributes are all in its attributes.yaml: move these entries there, under their sub-capabilities, then delete this file"
			: 'move it out of the content folder, or remove it';
		problems.push({ file: relative(`pathways/${file}`), message: `is not read by the site: ${fix}` });
	}
	const resourcesDir = path.join(dir, 'resources');
	for (const entry of existsSync(resourcesDir) ? await readdir(resourcesDir, { withFileTypes: true }) : []) {
		const name = entry.name;
		if (name.startsWith('.') || entry.isSymbolicLink()) continue;
		if (!entry.isFile() || !name.endsWith('.mdx')) {
			const renamed = `${name.replace(/\.\w+$/, '')}.mdx`;
			const fix = entry.isFile() && /\.(md|markdown|txt)$/.test(name) && !existsSync(path.join(resourcesDir, renamed)) ? `; rename it ${renamed}` : ': move it out of the content folder, or remove it';
			problems.push({ file: relative(`resources/${name}`), message: `is not read by the site (each resource is one .mdx file)${fix}` });
		}
		else if (fileNameProblem(name, '/resources/<name>/')) problems.push({ file: relative(`resources/${name}`), message: fileNameProblem(name, '/resources/<name>/')! });
	}
	problems.push(...(await sitePageNames(root, path.join(dir, 'pages'), relative)));
	return problems;
}
