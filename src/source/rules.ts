/**
 * Rules that span files: every reference resolves, ids are unique, every pathway covers every
 * sub-capability. They run before the build writes anything, because a broken reference would
 * otherwise surface as a missing section on a page, or not at all.
 */
import type {
	AttributeFile,
	Capability,
	CurriculumArea,
	Framework,
	Pathway,
	Resource,
	SubCapability,
} from '../../schemas/index.ts';
import { urls } from '../lib/urls.ts';
import { distance, problemAt, type Problem } from './problems.ts';
import type { Path, SourceFile } from './read.ts';

/** A parsed value and where it came from. */
export interface Parsed<T> {
	value: T;
	source: SourceFile;
	path: Path;
	/** For file-per-entry content, the id taken from the file's path. */
	id?: string;
}

export interface ParsedContent {
	framework: Framework | undefined;
	capabilities: Parsed<Capability>[];
	subCapabilities: Parsed<SubCapability>[];
	curriculumAreas: Parsed<CurriculumArea>[];
	pathways: Parsed<Pathway>[];
	attributeFiles: Parsed<AttributeFile>[];
	resources: Parsed<Resource>[];
	/** Every folder under `pathways/` with the files it lacks, to catch a half-added pathway. */
	pathwayFolders: { id: string; file: string; missing: string[] }[];
	/**
	 * The ids each list file declares, valid entries or not; undefined when the file could not be
	 * read. References are checked against these, so one broken file does not make every
	 * reference to it look wrong too.
	 */
	declaredIds: Record<'capabilities' | 'subCapabilities' | 'curriculumAreas', Set<string> | undefined>;
}

/** The ids an editor may use, when there are few enough to read in a message. */
const list = (ids: Set<string>) => (ids.size && ids.size <= 10 ? ` (${[...ids].join(', ')})` : '');

/** `did you mean "x"?` when a known id is a slip of the keyboard away from `id`. */
const didYouMean = (id: string, ids: Iterable<string>) => {
	const close = [...ids].find((known) => distance(id, known) <= 2);
	return close ? ` Did you mean "${close}"?` : '';
};

/** Reports each later use of a key already used, naming where it was first used. */
function checkUnique<T>(entries: Parsed<T>[], key: (value: T) => unknown, field: keyof T & string, what: string): Problem[] {
	const first = new Map<unknown, Parsed<T>>();
	return entries.flatMap((entry) => {
		const earlier = first.get(key(entry.value));
		if (!earlier) return first.set(key(entry.value), entry), [];
		const where = `${earlier.source.file}:${earlier.source.lineOf([...earlier.path, field]) ?? 1}`;
		const message = `${String(entry.value[field])} is already used at ${where}: each ${what} must be unique`;
		return [problemAt(entry.source, [...entry.path, field], message)];
	});
}

export function checkRules(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const { capabilities: capabilityIds, subCapabilities: subCapabilityIds, curriculumAreas: areaIds } = content.declaredIds;
	const pathwayIds = new Set(content.pathwayFolders.map((folder) => folder.id));
	const areaBySymbol = new Map(content.curriculumAreas.flatMap((a) => (a.value.sourceSymbol ? [[a.value.sourceSymbol, a.value]] : [])));

	/** Checks that each id in `ids` is one of `known`, reporting it at `path` + its index. */
	const checkRefs = (source: SourceFile, path: Path, ids: string[], known: Set<string> | undefined, what: string, where: string) => {
		ids.forEach((id, index) => {
			if (!known) return;
			if (!known.has(id))
				problems.push(problemAt(source, [...path, index], `"${id}" is not a known ${what}: use one of the ids in ${where}${list(known)}.${didYouMean(id, known)}`));
		});
	};

	problems.push(
		...checkUnique(content.capabilities, (c) => c.order, 'order', "capability's order"),
		...checkUnique(content.subCapabilities, (s) => `${s.capability} ${s.order}`, 'order', "sub-capability's order within its capability"),
		...checkUnique(content.curriculumAreas, (a) => a.id, 'id', 'curriculum area id'),
		...checkUnique(content.curriculumAreas, (a) => a.order, 'order', "curriculum area's order"),
		...checkUnique(content.curriculumAreas.filter((a) => a.value.sourceSymbol), (a) => a.sourceSymbol, 'sourceSymbol', "area's symbol"),
	);

	for (const { value, source, path } of content.subCapabilities) {
		if (capabilityIds && !capabilityIds.has(value.capability))
			problems.push(problemAt(source, [...path, 'capability'], `"${value.capability}" is not a known capability: use one of the ids in capabilities.yaml${list(capabilityIds)}.${didYouMean(value.capability, capabilityIds)}`));
		// A pathway's own wording is kept only where its source differs: a copy of the shared one would hide nothing but invite drift.
		for (const [pathway, wording] of Object.entries(value.pathwayDescriptions)) {
			const at = [...path, 'pathwayDescriptions', pathway];
			if (!pathwayIds.has(pathway))
				problems.push(problemAt(source, at, `"${pathway}" is not a known pathway: use the id of a folder in pathways/${list(pathwayIds)}.${didYouMean(pathway, pathwayIds)}`));
			else if (wording === value.description)
				problems.push(problemAt(source, at, 'is the same as description: give a pathway its own wording only where its source differs, or remove it'));
		}
	}

	for (const { id, value, source } of content.pathways) {
		if (id !== `pathway-${value.number}`)
			problems.push(problemAt(source, ['number'], `is ${value.number}, but the folder is "${id}": name the folder pathway-${value.number}, or correct the number`));
	}
	for (const folder of content.pathwayFolders) {
		for (const file of folder.missing)
			problems.push({ file: `${folder.file}/${file}`, message: 'is missing: every pathway folder needs pathway.mdx and attributes.yaml' });
	}

	const attributeIds: Parsed<{ id: string }>[] = [];
	for (const { value: file, source } of content.attributeFiles) {
		// A statement pasted twice under a new id would be published twice. Only within a sub-capability:
		// the source may well repeat a statement under two of them, and the site must too.
		for (const [subCapability, entries] of Object.entries(file)) {
			const firstAt = new Map<string, number | undefined>();
			entries.forEach((entry, index) => {
				const key = entry.text.toLowerCase().replace(/\s+/g, ' ');
				const path = [subCapability, index, 'text'];
				if (!firstAt.has(key)) return void firstAt.set(key, source.lineOf(path));
				problems.push(problemAt(source, path, `is the same statement as line ${firstAt.get(key)}: remove the copy, or correct the text`));
			});
		}
		for (const subCapability of subCapabilityIds ?? []) {
			if (!(subCapability in file))
				problems.push(problemAt(source, [], `lacks sub-capability "${subCapability}": every pathway needs at least one attribute for each of the ${subCapabilityIds?.size} sub-capabilities`));
		}
		for (const [subCapability, entries] of Object.entries(file)) {
			if (subCapabilityIds && !subCapabilityIds.has(subCapability))
				problems.push(problemAt(source, [subCapability], `is not a known sub-capability: use one of the ids in sub-capabilities.yaml.${didYouMean(subCapability, subCapabilityIds)}`));
			entries.forEach((entry, index) => {
				const path = [subCapability, index];
				attributeIds.push({ value: entry, source, path });
				checkRefs(source, [...path, 'areas'], entry.areas, areaIds, 'curriculum area', 'curriculum-areas.yaml');
				if (!entry.sourceSymbol) return;
				const area = areaBySymbol.get(entry.sourceSymbol);
				// Emoji often carry an invisible variation selector (U+FE0F), which a copy may lose or gain.
				const bare = (symbol: string) => symbol.replace(/\uFE0F/g, '');
				const near = [...areaBySymbol.keys()].find((symbol) => bare(symbol) === bare(entry.sourceSymbol!));
				if (!area && near)
					problems.push(problemAt(source, [...path, 'sourceSymbol'], `"${entry.sourceSymbol}" differs from ${near} only by an invisible character: copy the symbol from curriculum-areas.yaml`));
				else if (!area)
					problems.push(problemAt(source, [...path, 'sourceSymbol'], `"${entry.sourceSymbol}" is not the symbol of any area in curriculum-areas.yaml: add it to the right area, or correct it`));
				else if (!entry.areas.includes(area.id))
					problems.push(problemAt(source, [...path, 'areas'], `must include "${area.id}", the area of its symbol ${entry.sourceSymbol}`));
			});
		}
	}
	problems.push(...checkCodes(content));
	problems.push(...checkSiteLinks(content));
	// Capability, sub-capability and attribute ids share one namespace: they are all page anchors.
	problems.push(
		...checkUnique(
			[...content.capabilities, ...content.subCapabilities, ...attributeIds] as Parsed<{ id: string }>[],
			(entry) => entry.id,
			'id',
			'capability, sub-capability and attribute id (each is a page anchor)',
		),
	);

	for (const { value, source } of content.resources) {
		checkRefs(source, ['pathways'], value.pathways, pathwayIds, 'pathway', 'content/pathways');
		checkRefs(source, ['capabilities'], value.capabilities, capabilityIds, 'capability', 'capabilities.yaml');
		checkRefs(source, ['subCapabilities'], value.subCapabilities, subCapabilityIds, 'sub-capability', 'sub-capabilities.yaml');
		checkRefs(source, ['areas'], value.areas, areaIds, 'curriculum area', 'curriculum-areas.yaml');
		value.strategyGroups?.forEach((group, g) =>
			group.strategies.forEach((strategy, s) =>
				checkRefs(source, ['strategyGroups', g, 'strategies', s, 'subCapabilities'], strategy.subCapabilities, subCapabilityIds, 'sub-capability', 'sub-capabilities.yaml'),
			),
		);
	}
	return problems;
}

/**
 * Citation codes are printed and pasted into training materials, so each must say where its item
 * sits (`P2-CU1.2` is Pathway 2, Curiosity, sub-capability 1) and no two items may share one.
 * Former ids keep old links working, so none may name a current item.
 */
function checkCodes(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const capabilityCode = new Map(content.capabilities.map((c) => [c.value.id, c.value.code]));
	const subCapabilityCode = new Map(content.subCapabilities.map((s) => [s.value.id, s.value.code]));
	for (const { value, source, path } of content.subCapabilities) {
		const expected = capabilityCode.get(value.capability);
		if (expected && !value.code.startsWith(expected))
			problems.push(problemAt(source, [...path, 'code'], `must start with its capability's code ${expected}, e.g. ${expected}${value.order}`));
	}
	const coded: Parsed<{ id: string; code: string; formerIds: string[] }>[] = [...content.capabilities, ...content.subCapabilities];
	for (const { id, value: file, source } of content.attributeFiles) {
		// A folder not named pathway-<number> is reported once, by the pathway check, not at every code.
		const number = /^pathway-[1-9]\d*$/.test(id ?? '') ? id!.replace('pathway-', '') : undefined;
		for (const [subCapability, entries] of Object.entries(file)) {
			entries.forEach((entry, index) => {
				const path = [subCapability, index];
				coded.push({ value: entry, source, path });
				const prefix = `P${number}-${subCapabilityCode.get(subCapability) ?? ''}.`;
				if (number && subCapabilityCode.has(subCapability) && !entry.code.startsWith(prefix))
					problems.push(problemAt(source, [...path, 'code'], `must start with ${prefix} (its pathway and sub-capability), e.g. ${prefix}${index + 1}`));
			});
		}
	}
	problems.push(...checkUnique(coded, (entry) => entry.code, 'code', 'citation code'));
	const current = new Set(coded.map((entry) => entry.value.id));
	const formerOwner = new Map<string, string>();
	for (const { value, source, path } of coded)
		value.formerIds.forEach((old, index) => {
			const where = [...path, 'formerIds', index];
			if (current.has(old)) problems.push(problemAt(source, where, `"${old}" is the id of a current item: a former id must never be reused`));
			// Both would carry the old anchor, and an old link could land on either.
			else if (formerOwner.has(old)) problems.push(problemAt(source, where, `"${old}" is already a former id of ${formerOwner.get(old)}: an old id leads to one item only`));
			else formerOwner.set(old, value.id);
		});
	return problems;
}

/**
 * Links from the Markdown of pathways and resources to the site's own pages must lead somewhere:
 * a page that exists and, on a pathway page, an anchor that does (an attribute, capability or
 * sub-capability). Links elsewhere, and to data files and PDFs, are not checked here.
 */
function checkSiteLinks(content: ParsedContent): Problem[] {
	const pages = new Set<string>(Object.values(urls).filter((url): url is string => typeof url === 'string'));
	const anchors = new Map<string, Set<string>>();
	// Former ids still land, so links to them are fine.
	const idsOf = (item: { id: string; formerIds: string[] }) => [item.id, ...item.formerIds];
	// The page's own anchors too: the header, the main content, the contents list.
	const sections = ['top', 'main-content', 'contents-heading', ...[...content.capabilities, ...content.subCapabilities].flatMap((entry) => idsOf(entry.value))];
	for (const folder of content.pathwayFolders) pages.add(urls.pathway(folder.id));
	for (const { id, value } of content.attributeFiles)
		anchors.set(urls.pathway(id ?? ''), new Set([...sections, ...Object.values(value).flatMap((entries) => entries.flatMap(idsOf))]));
	// Renamed capabilities and sub-capabilities keep their old pages, which send readers on.
	const capabilityIdsOf = new Map(content.capabilities.map(({ value }) => [value.id, idsOf(value)]));
	for (const { value } of content.capabilities) for (const id of idsOf(value)) pages.add(urls.capability(id));
	for (const { value } of content.subCapabilities)
		for (const capability of capabilityIdsOf.get(value.capability) ?? [value.capability])
			for (const id of idsOf(value)) pages.add(urls.subCapability(capability, id));
	for (const { value } of content.curriculumAreas) pages.add(urls.area(value.id));
	for (const { id } of content.resources) pages.add(urls.resource(id ?? ''));

	const problems: Problem[] = [];
	for (const { source } of [...content.pathways, ...content.resources])
		for (const { url, line } of source.links ?? []) {
			if (!url.startsWith('/') || url.startsWith('//')) continue;
			const [pathname = '', fragment] = url.split('#') as [string, string?];
			const page = pathname.split('?')[0] ?? '';
			if (/\.\w+$/.test(page)) continue;
			const problem = !pages.has(page)
				? `links to ${url}, which is not a page of this site: check the address (pages end with "/", e.g. ${urls.pathway('pathway-2')})`
				: fragment && anchors.has(page) && !anchors.get(page)!.has(fragment)
					? `links to ${url}, but ${page} has no "#${fragment}": use the id of an attribute, capability or sub-capability`
					: undefined;
			if (problem) problems.push({ file: source.file, line, message: problem });
		}
	return problems;
}
