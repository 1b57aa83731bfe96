/**
 * `npm run links:publish`: records the pages and items of the built site in dist/ (or `LCF_DIST_DIR`) as published,
 * so that from now on the tests fail if any of them disappears without a redirect; and first keeps
 * the content's version as published (`content/versions/<version>.json`).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/collections/content-paths.ts';
import { ContentError, registryFile, withNewLinks, type LinkItem, type PublishedLink } from './build-steps/published-links.ts';
import { recordVersion, versionPages } from './build-steps/version-snapshot.ts';

// The registry of the content being published (`LCF_CONTENT_DIR`), as the version it records.
const file = path.join(contentDir(), path.basename(registryFile));
const registry = JSON.parse(readFileSync(file, 'utf8')) as { about: string; links: PublishedLink[] };
const dist = process.env['LCF_DIST_DIR'] || 'dist';
try {
	console.log(recordVersion(dist));
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(`Nothing was published. ${error.message}`);
	process.exit(1);
}
const items = JSON.parse(readFileSync(path.join(dist, 'links.json'), 'utf8')) as LinkItem[];
const pages = [...readFileSync(path.join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
// The files trainers and tools link to as well: the open data, the downloads (PDF handouts,
// learning platforms' and reference managers' files) and every CASE file, whose identifiers
// CASE consumers keep.
const under = (folder: string) =>
	existsSync(path.join(dist, folder)) ? readdirSync(path.join(dist, folder), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => `/${path.relative(dist, path.join(d.parentPath, d.name))}`) : [];
const files = [
	...['/framework.json', '/framework.schema.json', '/framework.csv', '/links.json'],
	...under('downloads'),
	...under('ims/case/v1p1'),
];
const links = withNewLinks(registry.links, [...pages, ...versionPages(dist), ...files], items);
// One link a line, so a diff shows exactly what was published.
const lines = links.map((link) => `\t\t${JSON.stringify(link)}`).join(',\n');
writeFileSync(file, `{\n\t"about": ${JSON.stringify(registry.about)},\n\t"links": [\n${lines}\n\t]\n}\n`);
console.log(`Recorded ${links.length - registry.links.length} newly published links and codes (${links.length} in all) in ${path.relative(process.cwd(), file)}.`);
