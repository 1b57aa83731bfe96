/** How the site speaks of its versions, the same everywhere a version is shown. */

/** Said wherever a version is shown: the version is the site's, not Frontline's. */
export const versionsAreOurs = "Versions are this site's versions of its content, not editions of the framework by Frontline.";

// The version itself, on every page, cover and citation, is `contentVersion` in ../labels.ts.

/** The anchor of a version on `/versions/`: `version-1-0`. */
export const versionAnchor = (version: string) => `version-${version.replaceAll('.', '-')}`;
