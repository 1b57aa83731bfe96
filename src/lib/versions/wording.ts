/** How the site speaks of its versions, the same everywhere a version is shown. */
import type { Framework } from '../../../schemas/index.ts';

/** Said wherever a version is shown: the version is the site's, not Frontline's. */
export const versionsAreOurs = "Versions are this site's versions of its content, not editions of the framework by Frontline.";

/** "version 1.0 of this site's content", for footers, covers and citations. */
export function contentVersion(framework: Pick<Framework, 'version'>): string {
	return `version ${framework.version} of this site's content`;
}

/** The anchor of a version on `/versions/`: `version-1-0`. */
export const versionAnchor = (version: string) => `version-${version.replaceAll('.', '-')}`;
