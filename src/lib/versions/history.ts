/**
 * The history of the content: every published version, oldest to newest, ending with the current
 * content, and what changed at each step. Worked out once per build from the snapshots in
 * `content/versions/`; pages only read it. Work grows linearly with the number of versions.
 */
import { compareVersions } from './order.ts';
import { diffContent, type AttributeChange, type ContentDiff, type VersionAttribute, type VersionContent } from './diff.ts';

/** One version of the content, with enough of its document to show and compare it. */
export interface VersionRecord {
	version: string;
	date: string;
	note: string;
	/** Recorded in `content/versions/`; the current content is not, until it is published. */
	published: boolean;
	document: VersionContent & { pathways: { id: string; number: number; title: string; audience: string }[] };
}

export interface VersionStep {
	record: VersionRecord;
	/** What changed from the version before; none for the first. */
	diff?: ContentDiff | undefined;
}

/** An earlier state of a current attribute, for its "Changed in version …" disclosure. */
export interface EarlierWords {
	/** The version in which it changed. */
	version: string;
	date: string;
	/** The version before, whose words `change.before` are (published, so it has its own pages). */
	from: string;
	change: Exclude<AttributeChange, { kind: 'added' }>;
}

export interface History {
	/** Oldest first; the last is the current content. */
	steps: VersionStep[];
	current: VersionStep;
	/** For a current attribute's id: the changes that led to it, newest first (empty when none). */
	earlierOf(id: string): EarlierWords[];
	/** For an attribute of an earlier version: the current attribute that carries it on, if any. */
	currentOf(version: string, id: string): VersionAttribute | undefined;
}

/** Where each attribute of `before` went in the next version: its own id, its new one, or its successor's. */
function forward(diff: ContentDiff | undefined): Map<string, string | undefined> {
	const next = new Map<string, string | undefined>();
	for (const change of diff?.attributes ?? []) {
		if (change.kind === 'changed') next.set(change.before.id, change.after.id);
		if (change.kind === 'removed') next.set(change.before.id, change.successor?.id);
	}
	return next;
}

/**
 * The history from the published snapshots and the current content. When the current version is
 * one already published, the current content stands in for its snapshot (they are the same unless
 * an editor has changed the content without raising the version, which `npm run check` warns about).
 */
export function buildHistory(snapshots: VersionRecord[], current: VersionRecord): History {
	const sorted = [...snapshots].sort((a, b) => compareVersions(a.version, b.version));
	const last = sorted.at(-1);
	const records = last && compareVersions(last.version, current.version) >= 0
		? [...sorted.slice(0, -1), { ...last, document: current.document }]
		: [...sorted, { ...current, published: false }];
	const steps: VersionStep[] = records.map((record, i) => ({ record, diff: i ? diffContent(records[i - 1]!.document, record.document) : undefined }));

	// Backwards from the current content: each current attribute's earlier words, newest first.
	const earlier = new Map<string, EarlierWords[]>();
	const currentAttributes = steps.at(-1)!.record.document.attributes;
	const lineage = new Map(currentAttributes.map((a) => [a.id, a.id])); // id at the step being read → current id
	for (let i = steps.length - 1; i > 0; i--) {
		const { record, diff } = steps[i]!;
		const at = { version: record.version, date: record.date, from: steps[i - 1]!.record.version };
		// Indexed once per step, so the walk stays linear in attributes × versions.
		const byAfter = new Map<string, AttributeChange>();
		const replaced = new Map<string, EarlierWords['change'][]>();
		for (const change of diff!.attributes) {
			if (change.kind !== 'removed') byAfter.set(change.after.id, change);
			else if (change.successor) replaced.set(change.successor.id, [...(replaced.get(change.successor.id) ?? []), change]);
		}
		const older = new Map<string, string>();
		for (const [idThen, idNow] of lineage) {
			const list = earlier.get(idNow) ?? [];
			const change = byAfter.get(idThen);
			if (change?.kind === 'changed') list.push({ ...at, change });
			// A removed statement's own history is its own: only the step that replaced it is told here.
			for (const removal of replaced.get(idThen) ?? []) list.push({ ...at, change: removal });
			earlier.set(idNow, list);
			if (change?.kind !== 'added') older.set(change?.kind === 'changed' ? change.before.id : idThen, idNow);
		}
		lineage.clear();
		for (const [k, v] of older) lineage.set(k, v);
	}

	// Forwards: each version's attributes to the current one that carries them on.
	const currentById = new Map(currentAttributes.map((a) => [a.id, a]));
	const currentIds = new Map<string, Map<string, string | undefined>>();
	let later = new Map(currentAttributes.map((a) => [a.id, a.id as string | undefined]));
	currentIds.set(steps.at(-1)!.record.version, later);
	for (let i = steps.length - 2; i >= 0; i--) {
		const next = forward(steps[i + 1]!.diff);
		const here = new Map<string, string | undefined>();
		for (const a of steps[i]!.record.document.attributes) {
			const nextId = next.has(a.id) ? next.get(a.id) : a.id;
			here.set(a.id, nextId === undefined ? undefined : later.get(nextId));
		}
		currentIds.set(steps[i]!.record.version, here);
		later = here;
	}

	return {
		steps,
		current: steps.at(-1)!,
		earlierOf: (id) => earlier.get(id) ?? [],
		currentOf: (version, id) => {
			const now = currentIds.get(version)?.get(id);
			return now === undefined ? undefined : currentById.get(now);
		},
	};
}
