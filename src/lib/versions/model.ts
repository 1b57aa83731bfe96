/**
 * The content's history for the pages: the published versions (the `versions` collection) and the
 * current content, joined once per build.
 */
import { getCollection } from 'astro:content';
import { hasPublishedVersions } from '../../collections/version-loader.ts';
import { getModel } from '../get-model.ts';
import type { Model } from '../model.ts';
import { frameworkExport, siteAddress } from '../open-data.ts';
import { buildHistory, type History, type VersionRecord } from './history.ts';

let history: Promise<History> | undefined;

/** The current content as a version, from the same open-data document the snapshots keep. */
export function currentRecord(model: Model, site: URL): VersionRecord {
	const { about: framework } = model;
	return { version: framework.version, date: framework.date, note: framework.versionNote ?? '', published: false, document: frameworkExport(model, site) };
}

/** Every version of the content and what changed in each, worked out once per build. */
export function getHistory(): Promise<History> {
	history ??= (async () => {
		const [snapshots, model] = await Promise.all([hasPublishedVersions() ? getCollection('versions') : [], getModel()]);
		const records = snapshots.map(({ data }): VersionRecord => ({ ...data, published: true }));
		return buildHistory(records, currentRecord(model, siteAddress(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)));
	})();
	return history;
}
