/**
 * Synthetic earlier versions for the benchmark: `count` snapshots before the content's own version
 * (0.1, 0.2, …), each the last published document with a different tenth of its statements in
 * other words, so that each step has rewordings to diff and show. The build's cost should grow at
 * most linearly with them: each adds one diff, one version page and one page per pathway.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { versionSnapshotSchema } from '../../../schemas/index.ts';
import { compareVersions } from '../../../src/lib/versions/order.ts';

export function addSyntheticVersions(dir: string, count: number): number {
	if (!count) return 0;
	const folder = path.join(dir, 'versions');
	const latest = globSync('*.json', { cwd: folder }).map((f) => f.replace(/\.json$/, '')).sort(compareVersions).at(-1);
	if (!latest) throw new Error(`${folder} has no published version to make earlier ones from.`);
	const snapshot = versionSnapshotSchema.parse(JSON.parse(readFileSync(path.join(folder, `${latest}.json`), 'utf8')));
	const day = new Date(`${snapshot.date.slice(0, 10)}T00:00:00Z`);
	for (let i = 1; i <= count; i++) {
		const attributes = snapshot.document.attributes.map((a, index) => (index % 10 === i % 10 ? { ...a, text: `${a.text.replace(/\.$/, '')} (wording of draft ${i}).` } : a));
		// Dated a week apart, the last a week before the real version: dates are only told, never compared here.
		const date = new Date(day.getTime() - (count + 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10);
		const version = `0.${i}`;
		const note = `Synthetic version ${i} for the benchmark.`;
		writeFileSync(path.join(folder, `${version}.json`), JSON.stringify({ version, date, note, document: { ...snapshot.document, attributes } }));
	}
	return count;
}
