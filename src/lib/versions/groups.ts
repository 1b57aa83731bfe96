/** A version's changes grouped as the /versions/ page lists them: by pathway, then by capability. */
import type { AttributeChange, VersionContent } from './diff.ts';
import type { VersionRecord } from './history.ts';

export interface ChangeGroup {
	pathway: { id: string; title: string; number: number };
	capabilities: { capability: { id: string; title: string }; changes: AttributeChange[] }[];
}

/** The attribute a change is about, where it now is (or, for a removal, where it was). */
const placeOf = (change: AttributeChange) => (change.kind === 'removed' ? change.before : change.after);

/**
 * Changes by pathway (by number) and capability (in framework order), each list in the order the
 * diff gives. Names come from the newer version, or the older one for what it alone had.
 */
export function groupChanges(changes: AttributeChange[], after: VersionRecord['document'], before?: VersionContent & Pick<VersionRecord['document'], 'pathways'>): ChangeGroup[] {
	const pathways = [...after.pathways, ...(before?.pathways ?? []).filter((p) => !after.pathways.some((q) => q.id === p.id))];
	return pathways
		.toSorted((a, b) => a.number - b.number)
		.map((pathway) => ({
			pathway,
			capabilities: (after.capabilities ?? [])
				.map((capability) => ({
					capability,
					// A removed attribute names its capability as it was then, perhaps by an id since renamed.
					changes: changes.filter((c) => placeOf(c).pathway === pathway.id && [capability.id, ...(capability.formerIds ?? [])].includes(placeOf(c).capability)),
				}))
				.filter((group) => group.changes.length),
		}))
		.filter((group) => group.capabilities.length);
}
