/** How the site speaks of its versions, the same everywhere a version is shown. */
import { englishList } from '../english-list.ts';
import type { HeadingChange, VersionHeading } from './diff.ts';

/** Said wherever a version is shown: the version is the site's, not Frontline's. */
export const versionsAreOurs = "Versions are this site's versions of its content, not editions of the framework itself.";

// The version itself, on every page, cover and citation, is `contentVersion` in ../labels.ts.

/** The anchor of a version on `/versions/`: `version-1-0`. */
export const versionAnchor = (version: string) => `version-${version.replaceAll('.', '-')}`;

/**
 * What of a capability or sub-capability changed, in words: "its title", "its description", or,
 * where pathways word the description differently, whose wording it is ("its description as
 * Pathway 3 words it"); the shared one is then the wording of the pathways without their own.
 * `after`: the item in the newer version; `pathways`: that version's pathway ids, in order;
 * `name`: a pathway's name by its id ("Pathway 3").
 */
export function changedField(change: HeadingChange, after: VersionHeading | undefined, pathways: string[], name: (pathway: string) => string): string {
	if (change.pathway) return `its description as ${name(change.pathway)} words it`;
	const own = Object.keys(after?.pathwayDescriptions ?? {});
	if (change.field !== 'description' || !own.length) return `its ${change.field}`;
	const shared = pathways.filter((id) => !own.includes(id));
	return shared.length ? `its description as ${englishList(shared.map(name))} ${shared.length === 1 ? 'words' : 'word'} it` : 'its shared description';
}
