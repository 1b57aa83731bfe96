/**
 * What changed between two versions of the content, item by item. Both sides are open-data
 * documents (`/framework.json`, as `src/lib/open-data.ts` writes it and `content/versions/*.json`
 * keeps it), or any object with the same fields: only the fields below are compared.
 */

/** An attribute as a version records it. */
export interface VersionAttribute {
	id: string;
	code: string;
	pathway: string;
	capability: string;
	subCapability: string;
	order: number;
	text: string;
	areas: string[];
	areasFrom: string;
	sourceSymbol?: string | undefined;
	formerIds: string[];
}

/** A capability or sub-capability as a version records it: its words may change too. */
export interface VersionHeading {
	id: string;
	code: string;
	title: string;
	description: string;
	capability?: string | undefined;
	formerIds?: string[] | undefined;
	/** A sub-capability's description as a pathway's source words it, where that differs (absent from older snapshots: none then). */
	pathwayDescriptions?: Record<string, string> | undefined;
}

/** A curriculum area as a version records it: its title is the legend's words, its description the site's. */
export interface VersionArea {
	id: string;
	title: string;
	description?: string | undefined;
}

export interface VersionContent {
	attributes: VersionAttribute[];
	capabilities?: VersionHeading[];
	subCapabilities?: VersionHeading[];
	curriculumAreas?: VersionArea[];
}

/** How an attribute that is in both versions changed: one or more of these at once. */
export type Aspect = 'reworded' | 'moved' | 'retagged' | 'renamed';

export type AttributeChange =
	| { kind: 'added'; after: VersionAttribute }
	/** `successor`: the attribute that now holds its id in `formerIds`, where its old links land. */
	| { kind: 'removed'; before: VersionAttribute; successor?: VersionAttribute | undefined }
	| { kind: 'changed'; aspects: Aspect[]; before: VersionAttribute; after: VersionAttribute };

/**
 * A capability's or sub-capability's title or description in other words. With `pathway`, the
 * description as that pathway's source words it changed: its own wording was reworded, given or
 * taken away (the shared description then stands in on the side without one).
 */
export interface HeadingChange {
	kind: 'capability' | 'subCapability' | 'curriculumArea';
	id: string;
	/** A capability's or sub-capability's code; an area has none (""). */
	code: string;
	field: 'title' | 'description';
	/** The pathway whose wording changed; absent for the shared title or description. */
	pathway?: string | undefined;
	before: string;
	after: string;
}

export interface ContentDiff {
	attributes: AttributeChange[];
	headings: HeadingChange[];
}

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** Each former id of `after`'s capabilities or sub-capabilities (a rename) to the id it is now. */
const renamesOf = (after: VersionHeading[] = []) => new Map(after.flatMap((heading) => (heading.formerIds ?? []).map((old) => [old, heading.id] as const)));

function aspectsOf(before: VersionAttribute, after: VersionAttribute, renamed: Map<string, string>): Aspect[] {
	const aspects: Aspect[] = [];
	if (before.text !== after.text) aspects.push('reworded');
	// A new place, not a new position: an attribute added above another shifts its order, not its meaning;
	// nor a new name of the same place.
	const subCapability = renamed.get(before.subCapability) ?? before.subCapability;
	if (before.pathway !== after.pathway || subCapability !== after.subCapability) aspects.push('moved');
	if (!sameList(before.areas, after.areas) || before.areasFrom !== after.areasFrom || (before.sourceSymbol ?? '') !== (after.sourceSymbol ?? '')) aspects.push('retagged');
	if (before.id !== after.id) aspects.push('renamed');
	return aspects;
}

/**
 * Every attribute added, removed or changed from `before` to `after`, in `after`'s order (removals
 * in `before`'s). An attribute is the same item when it keeps its id, or when it is new under an id
 * that lists the old one in `formerIds` (a rename). An old id in the `formerIds` of an attribute
 * that was already there is a removal, with that attribute as its successor. `renamed`: the
 * sub-capabilities renamed in `after` (old id to new), whose attributes have not moved.
 */
export function diffAttributes(before: VersionAttribute[], after: VersionAttribute[], renamed: Map<string, string> = new Map()): AttributeChange[] {
	const beforeById = new Map(before.map((a) => [a.id, a]));
	const afterIds = new Set(after.map((a) => a.id));
	const renamedFrom = new Map<string, VersionAttribute>();
	for (const a of after) {
		if (beforeById.has(a.id)) continue;
		const old = a.formerIds.find((id) => beforeById.has(id) && !afterIds.has(id) && !renamedFrom.has(id));
		if (old) renamedFrom.set(old, a);
	}
	const predecessor = new Map([...renamedFrom].map(([old, a]) => [a.id, beforeById.get(old)!]));
	const changes: AttributeChange[] = [];
	for (const a of after) {
		const was = beforeById.get(a.id) ?? predecessor.get(a.id);
		if (!was) changes.push({ kind: 'added', after: a });
		else {
			const aspects = aspectsOf(was, a, renamed);
			if (aspects.length) changes.push({ kind: 'changed', aspects, before: was, after: a });
		}
	}
	for (const b of before) {
		if (afterIds.has(b.id) || renamedFrom.has(b.id)) continue;
		changes.push({ kind: 'removed', before: b, successor: after.find((a) => a.formerIds.includes(b.id)) });
	}
	return changes;
}

/** The description as `pathway`'s source words it: its own wording, or else the shared one. */
const wordingIn = (heading: VersionHeading, pathway: string) => heading.pathwayDescriptions?.[pathway] ?? heading.description;

/**
 * Each pathway's wording of the description that changed, in the order the pathways are first
 * named. Only pathways with a wording of their own on one side or the other: the rest follow the
 * shared description, whose change is told once.
 */
function diffWordings(kind: HeadingChange['kind'], was: VersionHeading, item: VersionHeading): HeadingChange[] {
	const pathways = [...new Set([...Object.keys(item.pathwayDescriptions ?? {}), ...Object.keys(was.pathwayDescriptions ?? {})])];
	return pathways
		.filter((pathway) => wordingIn(was, pathway) !== wordingIn(item, pathway))
		.map((pathway) => ({ kind, id: item.id, code: item.code, field: 'description' as const, pathway, before: wordingIn(was, pathway), after: wordingIn(item, pathway) }));
}

/** Titles and descriptions of capabilities and sub-capabilities that were reworded, and pathways' own wordings. */
function diffHeadings(kind: HeadingChange['kind'], before: VersionHeading[] = [], after: VersionHeading[] = []): HeadingChange[] {
	return after.flatMap((item) => {
		const was = before.find((b) => b.id === item.id || (item.formerIds ?? []).includes(b.id));
		if (!was) return [];
		const shared = (['title', 'description'] as const)
			.filter((field) => typeof was[field] === 'string' && typeof item[field] === 'string' && was[field] !== item[field])
			.map((field): HeadingChange => ({ kind, id: item.id, code: item.code, field, before: was[field], after: item[field] }));
		return [...shared, ...diffWordings(kind, was, item)];
	});
}

/** Areas compared as headings are, by title and description; a description absent from a snapshot is not compared (`diffHeadings` compares strings only). */
const asHeadings = (areas: VersionArea[] | undefined): VersionHeading[] | undefined =>
	areas?.map(({ id, title, description }) => ({ id, code: '', title, description }) as VersionHeading);

/** Everything that changed from one version of the content to the next. */
export function diffContent(before: VersionContent, after: VersionContent): ContentDiff {
	return {
		attributes: diffAttributes(before.attributes, after.attributes, renamesOf(after.subCapabilities)),
		headings: [
			...diffHeadings('capability', before.capabilities, after.capabilities),
			...diffHeadings('subCapability', before.subCapabilities, after.subCapabilities),
			...diffHeadings('curriculumArea', asHeadings(before.curriculumAreas), asHeadings(after.curriculumAreas)),
		],
	};
}

/** Whether two versions of the content say the same. */
export function isUnchanged(diff: ContentDiff): boolean {
	return !diff.attributes.length && !diff.headings.length;
}
